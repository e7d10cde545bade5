import { NoticeTemplate } from '@tuoyu/contracts';
import { SAMPLE_PROPS } from './sample-props';
import { dutyIn, renderNotice } from './template-registry';

/**
 * English words left once the things a Chinese notice legitimately carries in Latin letters are taken out:
 * addresses (URLs, email), codes (USCC, masked IDs, region codes, receipt numbers), dates and times, and the
 * names of standards (WS/T 821—2023, UTC+8).
 */
function englishRuns(text: string): string[] {
  const stripped = text
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[\w.+-]+@[\w.-]+/g, ' ')
    .replace(/\b[0-9A-Z*]{6,}\b/g, ' ')
    .replace(/WS\/T\s*\d+/g, ' ')
    .replace(/UTC\+8/g, ' ');
  return stripped.match(/[A-Za-z]{2,}(?:[\s,;:'-]+[A-Za-z]{2,})+/g) ?? [];
}

describe('zh-CN notices are in Chinese, English ones in English', () => {
  it.each(Object.values(NoticeTemplate))('%s in zh-CN has no English sentence', (template) => {
    const rendered = renderNotice(template, 'zh-CN', SAMPLE_PROPS[template]);
    for (const part of [rendered.subject, rendered.text, rendered.html.replace(/<[^>]+>/g, ' ')]) {
      expect(englishRuns(part)).toEqual([]);
    }
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
