import { NoticeTemplate } from '@tuoyu/contracts';
import { SAMPLE_PROPS } from './sample-props';
import { dutyIn, renderNotice } from './template-registry';

/**
 * The Latin letters left in a zh-CN notice once the tokens it legitimately carries are taken out: addresses (URLs,
 * e-mail), codes (USCC, receipt and complaint numbers, masked IDs), ISO dates and instants, the name of a standard
 * (WS/T 821—2023), UTC+8 and a quality level (A–D). Anything else is English where Chinese belongs: one word fails.
 */
function latinLeft(text: string): string[] {
  const stripped = text
    .replace(/&(?:amp|lt|gt|quot|#x27|#x3D|#x60);/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[\w.+-]+@[\w.-]+/g, ' ')
    .replace(/\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:\d{2})?)?/g, ' ')
    .replace(/\b[0-9A-Z*]{6,}\b/g, ' ')
    .replace(/WS\/T\s*\d+/g, ' ')
    .replace(/UTC\+8/g, ' ')
    .replace(/(?<![A-Za-z])[A-D](?![A-Za-z])/g, ' ');
  return stripped.match(/[A-Za-z]+/g) ?? [];
}

// The very samples `npm run email:preview` renders, so what a reviewer opens is what this checks.
const ZH_PARTS = Object.values(NoticeTemplate).flatMap((template) => {
  const { subject, text, html } = renderNotice(template, 'zh-CN', SAMPLE_PROPS[template]);
  return [
    [template, 'subject', subject],
    [template, 'text', text],
    [template, 'html', html.replace(/<[^>]+>/g, ' ')],
  ] as const;
});

describe('zh-CN notices are in Chinese, English ones in English', () => {
  it.each(ZH_PARTS)('%s in zh-CN: the %s part has no English word', (_template, _part, content) => {
    expect(latinLeft(content)).toEqual([]);
  });

  it.each([
    ['an English word', '截止时间为 2026-10-08 24:00 China time', ['China', 'time']],
    ['an English explanation line', '- Start 2026-09-16 is not counted', ['Start', 'is', 'not', 'counted']],
    ['an escaped quote around a word', '&quot;备案&quot; OK', ['OK']],
    [
      'only proper tokens',
      '91512081MA62K0260E 雁卫托备〔2026〕第0042号 TS20261012K7Q2M9XD wjw@yanjiang.example.cn',
      [],
    ],
    ['a link, an instant and a level', 'http://127.0.0.1:3000/l/Q2F 2026-12-01T11:40:00.000+08:00 等级B', []],
  ])('the check itself: %s', (_case, text, left) => {
    expect(latinLeft(text)).toEqual(left);
  });

  it.each([
    ['zh', '托育机构备案 (childcare institution filing)', '托育机构备案'],
    ['en', '托育机构备案 (childcare institution filing)', 'childcare institution filing'],
    ['zh', '托育机构备案', '托育机构备案'],
    ['en', '监督检查（年度）', '监督检查（年度）'],
  ] as const)('a duty label in %s: %s → %s', (locale, label, shown) => {
    expect(dutyIn(locale, label)).toBe(shown);
  });
});
