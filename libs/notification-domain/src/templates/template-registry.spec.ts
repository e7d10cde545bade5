import { InvalidMessageError, NoticeLocale, NoticeTemplate } from '@tuoyu/contracts';
import { renderNotice } from './template-registry';

const PROPS = {
  institutionName: '雁江区小星星托育中心',
  uscc: '91512081MA62K0260E',
  approvedOn: '2026-09-16',
  dueOn: '2026-10-08',
  dueAt: '2026-10-08T23:59:59.999+08:00',
  dueExplanation: [
    'Approved on 2026-09-16; 15 days → raw last day 2026-10-01.',
    '2026-10-01 is a rest day (国庆节, 2026 notice) → moved to 2026-10-08.',
  ],
  caseUrl: 'http://127.0.0.1:3002/filings/0b6f7a0e-6f1c-4a53-9d7e-1f0c2b7e9a11',
};

type Part = 'subject' | 'text' | 'html';

describe('renderNotice filing_due', () => {
  it.each<[NoticeLocale, Part, string[]]>([
    ['zh-CN', 'subject', [PROPS.dueOn, PROPS.institutionName, '备案']],
    [
      'zh-CN',
      'text',
      [PROPS.dueOn, PROPS.institutionName, PROPS.caseUrl, PROPS.uscc, PROPS.approvedOn, '24:00（北京时间）'],
    ],
    ['zh-CN', 'html', [PROPS.dueOn, PROPS.institutionName, `<a href="${PROPS.caseUrl}">点此打开</a>`, PROPS.uscc]],
    ['en', 'subject', [PROPS.dueOn, PROPS.institutionName, 'file with the health department']],
    [
      'en',
      'text',
      [PROPS.dueOn, PROPS.institutionName, PROPS.caseUrl, PROPS.uscc, PROPS.approvedOn, '24:00 China time'],
    ],
    ['en', 'html', [PROPS.dueOn, PROPS.institutionName, `<a href="${PROPS.caseUrl}">Open the page</a>`, PROPS.uscc]],
  ])('%s %s contains %p', (locale, part, fragments) => {
    const rendered = renderNotice(NoticeTemplate.FilingDue, locale, PROPS)[part];
    for (const fragment of fragments) expect(rendered).toContain(fragment);
    expect(rendered).not.toContain('{{');
  });

  // zh-CN states the period rules in Chinese instead of the computed English lines (zh-cn-wording.spec.ts).
  it.each<[NoticeLocale]>([['en']])('%s lists every explanation line in text and HTML', (locale) => {
    const { text, html } = renderNotice(NoticeTemplate.FilingDue, locale, PROPS);
    for (const line of PROPS.dueExplanation) {
      expect(text).toContain(`- ${line}\n`);
      expect(html).toContain(`<li>${line}</li>`);
    }
  });

  it.each<[NoticeLocale]>([['zh-CN'], ['en']])('%s subject is one line', (locale) => {
    const { subject } = renderNotice(NoticeTemplate.FilingDue, locale, {
      ...PROPS,
      institutionName: '小星星\n  托育中心',
    });
    expect(subject).not.toMatch(/\n/);
    expect(subject).toContain('小星星 托育中心');
    expect(subject).toBe(subject.trim());
  });

  it.each<[NoticeLocale, string, string, string]>([
    ['zh-CN', '<script>alert(1)</script>托育', '&lt;script&gt;alert(1)&lt;/script&gt;托育', '<script>'],
    ['en', '<script>alert(1)</script>托育', '&lt;script&gt;alert(1)&lt;/script&gt;托育', '<script>'],
    ['zh-CN', 'A & B "Kids"', 'A &amp; B &quot;Kids&quot;', 'A & B "Kids"'],
    ['en', "<img src=x onerror='x'>", '&lt;img src&#x3D;x onerror&#x3D;&#x27;x&#x27;&gt;', '<img'],
  ])('%s escapes institutionName %p in HTML only', (locale, name, escaped, raw) => {
    const { subject, text, html } = renderNotice(NoticeTemplate.FilingDue, locale, { ...PROPS, institutionName: name });
    expect(html).toContain(escaped);
    expect(html).not.toContain(raw);
    expect(text).toContain(name);
    expect(subject).toContain(name);
  });

  it.each<[NoticeLocale]>([['en']])('%s escapes explanation lines in HTML', (locale) => {
    const { html, text } = renderNotice(NoticeTemplate.FilingDue, locale, {
      ...PROPS,
      dueExplanation: ['<b>moved</b> & kept'],
    });
    expect(html).toContain('<li>&lt;b&gt;moved&lt;/b&gt; &amp; kept</li>');
    expect(text).toContain('- <b>moved</b> & kept');
  });

  it.each<[string, string, Record<string, unknown>]>([
    ['dueOn missing', 'dueOn', { dueOn: undefined }],
    ['dueOn not a real date', 'dueOn', { dueOn: '2026-02-30' }],
    ['dueOn not a string', 'dueOn', { dueOn: 20261008 }],
    ['approvedOn missing', 'approvedOn', { approvedOn: undefined }],
    ['institutionName missing', 'institutionName', { institutionName: undefined }],
    ['institutionName empty', 'institutionName', { institutionName: '' }],
    ['uscc lower case', 'uscc', { uscc: '91512081ma62k0260e' }],
    ['dueAt not ISO 8601', 'dueAt', { dueAt: 'tomorrow' }],
    ['dueExplanation not an array', 'dueExplanation', { dueExplanation: 'moved' }],
    ['dueExplanation with a number', 'dueExplanation', { dueExplanation: ['ok', 3] }],
    ['caseUrl not a URL', 'caseUrl', { caseUrl: 'not a url' }],
  ])('refuses props with %s, naming %s', (_case, field, overrides) => {
    const props: Record<string, unknown> = { ...PROPS, ...overrides };
    for (const [key, value] of Object.entries(overrides)) if (value === undefined) delete props[key];
    expect(() => renderNotice(NoticeTemplate.FilingDue, 'zh-CN', props)).toThrow(InvalidMessageError);
    expect(() => renderNotice(NoticeTemplate.FilingDue, 'en', props)).toThrow(
      new RegExp(`^props of filing_due is invalid: .*\\b${field}: `),
    );
  });

  it('names every bad field at once', () => {
    const props = Object.fromEntries(Object.entries(PROPS).filter(([key]) => key !== 'dueOn' && key !== 'caseUrl'));
    let message = '';
    try {
      renderNotice(NoticeTemplate.FilingDue, 'en', props);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/\bdueOn: /);
    expect(message).toMatch(/\bcaseUrl: /);
  });

  it.each([[null], [undefined], ['props'], [42], [[PROPS]]])('refuses props that are not an object: %p', (props) => {
    expect(() => renderNotice(NoticeTemplate.FilingDue, 'en', props)).toThrow(
      /^props of filing_due: payload must be a JSON object/,
    );
  });
});
