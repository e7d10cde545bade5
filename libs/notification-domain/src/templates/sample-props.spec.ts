import { NOTICE_LOCALES, NoticeLocale, NoticeTemplate } from '@tuoyu/contracts';
import { ExplanationStep, explainIn } from '@tuoyu/deadlines';
import { findResidentIds } from '@tuoyu/identity';
import { SAMPLE_MASKED_RESIDENT_ID, SAMPLE_PROPS } from './sample-props';
import { FOOTER_EN, FOOTER_EN_HTML, FOOTER_ZH, FOOTER_ZH_HTML } from './template-fragments';
import { renderNotice } from './template-registry';

const TEMPLATES = Object.values(NoticeTemplate);
const CASES = TEMPLATES.flatMap((template) =>
  NOTICE_LOCALES.map((locale): [NoticeTemplate, NoticeLocale] => [template, locale]),
);

/** Every string value under the given keys, however deep (e.g. every `dueOn` of a digest's lines). */
function valuesOf(props: unknown, keys: Set<string>): string[] {
  if (Array.isArray(props)) return props.flatMap((item) => valuesOf(item, keys));
  if (props === null || typeof props !== 'object') return [];
  return Object.entries(props).flatMap(([key, value]) =>
    // The explanation steps' facts are phrased, not shown as they are (checked by the explanation case below).
    key === 'dueExplanationSteps' ? [] : typeof value === 'string' && keys.has(key) ? [value] : valuesOf(value, keys),
  );
}

const NAMES = new Set(['institutionName', 'subjectName', 'departmentName', 'name']);
const DATES = new Set(['dueOn', 'filingDueOn', 'approvedOn', 'filedOn', 'decidedOn', 'date', 'previousDueOn']);

describe('every template renders its sample in every locale', () => {
  it.each(CASES)('%s %s: names, dates and links in text and HTML, nothing left unrendered', (template, locale) => {
    const props = SAMPLE_PROPS[template];
    const { subject, text, html } = renderNotice(template, locale, props);
    expect(subject.length).toBeGreaterThan(10);
    expect(subject).not.toMatch(/\n/);
    for (const part of [subject, text, html]) {
      expect(part).not.toContain('{{');
      expect(part).not.toMatch(/undefined|\[object Object\]/);
    }
    const facts = [...valuesOf(props, NAMES), ...valuesOf(props, DATES)];
    expect(facts.length).toBeGreaterThan(1);
    for (const fact of facts) {
      expect(text).toContain(fact);
      expect(html).toContain(fact);
    }
    for (const url of valuesOf(props, new Set(['caseUrl', 'inboxUrl']))) expect(html).toContain(`href="${url}"`);
  });

  it.each(CASES)('%s %s: a due date is shown with its hour and how it was computed', (template, locale) => {
    const props = SAMPLE_PROPS[template] as {
      dueOn?: string;
      dueExplanation?: string[];
      dueExplanationSteps?: ExplanationStep[];
    };
    const { text, html } = renderNotice(template, locale, props);
    if (props.dueOn) {
      expect(text).toContain(`${props.dueOn} 24:00`);
      expect(html).toContain(`${props.dueOn} 24:00`);
    }
    if (!props.dueExplanation) return;
    // Each notice phrases the computed steps in its own language (民法典 §201 is cited in both).
    expect(props.dueExplanationSteps).toBeDefined();
    for (const line of explainIn(locale, props.dueExplanationSteps ?? [])) {
      expect(text).toContain(`- ${line}`);
      expect(html).toContain(`<li>${line}</li>`);
    }
    expect(text).toContain('第二百零一条');
  });

  it.each(CASES)('%s %s: names the institution in the subject where there is one', (template, locale) => {
    const props = SAMPLE_PROPS[template] as { institutionName?: string; subjectName?: string; departmentName?: string };
    const { subject } = renderNotice(template, locale, props);
    expect(subject).toContain(props.institutionName ?? props.subjectName ?? props.departmentName);
  });

  // Every notice is sent by the platform, not a person: each says so last, in its own language, so nobody replies.
  it.each(CASES)('%s %s: ends with the do-not-reply footer', (template, locale) => {
    const { text, html } = renderNotice(template, locale, SAMPLE_PROPS[template]);
    expect(text.endsWith(locale === 'en' ? FOOTER_EN : FOOTER_ZH)).toBe(true);
    expect(html.endsWith(locale === 'en' ? FOOTER_EN_HTML : FOOTER_ZH_HTML)).toBe(true);
  });

  it.each(CASES)('%s %s: shows no full resident ID number', (template, locale) => {
    const { subject, text, html } = renderNotice(template, locale, SAMPLE_PROPS[template]);
    expect(findResidentIds(`${subject}\n${text}\n${html}`)).toEqual([]);
  });

  it.each<[NoticeTemplate, NoticeLocale]>([
    [NoticeTemplate.CorrectionRequested, 'zh-CN'],
    [NoticeTemplate.CorrectionRequested, 'en'],
    [NoticeTemplate.NonCompliance, 'zh-CN'],
    [NoticeTemplate.NonCompliance, 'en'],
  ])('%s %s: shows the resident ID number masked', (template, locale) => {
    const { text, html } = renderNotice(template, locale, SAMPLE_PROPS[template]);
    expect(text).toContain(SAMPLE_MASKED_RESIDENT_ID);
    expect(html).toContain(SAMPLE_MASKED_RESIDENT_ID);
  });
});

describe('filing notices: what the reader must act on', () => {
  it.each<[NoticeLocale, string[]]>([
    [
      'zh-CN',
      ['一次性告知', '共3项', '消防安全检查合格证明', '上传的证明已于2026-08-31过期', '2026-10-27 24:00（北京时间）'],
    ],
    ['en', ['at once', '3 item(s)', '消防安全检查合格证明', 'by 2026-10-27 24:00 China time']],
  ])('correction_requested %s lists every item with its reason and the due time', (locale, fragments) => {
    const { text } = renderNotice(NoticeTemplate.CorrectionRequested, locale, SAMPLE_PROPS.correction_requested);
    for (const fragment of fragments) expect(text).toContain(fragment);
    for (const { item, reason } of SAMPLE_PROPS.correction_requested.items) {
      expect(text).toContain(item);
      expect(text).toContain(reason);
    }
  });

  const SUBMITTED = SAMPLE_PROPS.filing_submitted;
  // A region without a directory entry, and no receipt clock: both sentences drop out.
  const SUBMITTED_BARE = { ...SUBMITTED, reviewDueOn: undefined, reviewDueAt: undefined, department: undefined };
  it.each<[string, NoticeLocale, object, string[], string[]]>([
    [
      'with due date and department',
      'zh-CN',
      SUBMITTED,
      [
        '已收到您的备案材料',
        '第2次提交',
        '资阳市雁江区卫生健康局将对材料进行审查，审查期限至 2026-10-27 24:00（北京时间）',
      ],
      [],
    ],
    ['without either', 'zh-CN', SUBMITTED_BARE, ['卫生健康部门将对材料进行审查。'], ['审查期限', '如有疑问']],
    [
      'with due date and department',
      'en',
      SUBMITTED,
      ['received your filing materials', 'submission 2', 'review is due by 2026-10-27 24:00 China time'],
      [],
    ],
    ['without either', 'en', SUBMITTED_BARE, ['The health department will review them.'], ['is due by', 'Questions']],
  ])('filing_submitted %s (%s) confirms the submission', (_case, locale, props, shown, absent) => {
    const { subject, text } = renderNotice(NoticeTemplate.FilingSubmitted, locale, props);
    expect(subject).toContain(locale === 'en' ? 'submission 2 received' : '第2次提交');
    for (const fragment of shown) expect(text).toContain(fragment);
    for (const fragment of absent) expect(text).not.toContain(fragment);
    expect(text).toContain(SUBMITTED.caseUrl);
  });

  it.each<[NoticeLocale, string[]]>([
    ['zh-CN', ['备案回执', '雁卫托备〔2026〕第0042号', '基本条件告知书', '下一步', '变更备案']],
    ['en', ['filing receipt', '雁卫托备〔2026〕第0042号', 'basic conditions', 'Next:']],
  ])('filing_receipt %s carries the receipt number, the basic conditions and what to do next', (locale, fragments) => {
    const props = SAMPLE_PROPS.filing_receipt;
    const { text, html } = renderNotice(NoticeTemplate.FilingReceipt, locale, props);
    for (const fragment of fragments) expect(text).toContain(fragment);
    for (const condition of props.basicConditions) expect(html).toContain(`<li>${condition}</li>`);
  });

  it.each<[NoticeLocale, string, string, RegExp]>([
    [
      'zh-CN',
      '已逾期未备案（1）\n- 雁江区小星星托育中心',
      '待审查、待出具回执（0）\n（无）',
      /即将到期1件，已逾期1件，待审查0件/,
    ],
    [
      'en',
      'Overdue filings (1)\n- 雁江区小星星托育中心',
      'Awaiting your review (0)\n(none)',
      /1 due soon, 1 overdue, 0 awaiting review/,
    ],
  ])('department_digest %s counts each list and says when one is empty', (locale, overdue, emptyReview, counts) => {
    const { subject, text } = renderNotice(NoticeTemplate.DepartmentDigest, locale, SAMPLE_PROPS.department_digest);
    expect(text).toContain(overdue);
    expect(text).toContain(emptyReview);
    expect(subject).toMatch(counts);
  });
});

// A closing `{{/each}}` or `{{/if}}` alone on its line eats the newline after it (Handlebars "standalone" tags),
// so a text list could run into the next paragraph without the blank line between them.
describe('every text list ends with a blank line or the notice', () => {
  /** The lines right after a list's last line that are neither blank nor another "- " line. */
  function linesRunningOn(text: string): string[] {
    const lines = text.split('\n');
    return lines.flatMap((line, i) => {
      const next = lines[i + 1];
      return line.startsWith('- ') && next && !next.startsWith('- ') ? [`${line}⏎${next}`] : [];
    });
  }

  it.each(CASES)('%s %s', (template, locale) => {
    const { text } = renderNotice(template, locale, SAMPLE_PROPS[template]);
    expect(linesRunningOn(text)).toEqual([]);
  });

  it('the check itself finds a list running on', () => {
    expect(linesRunningOn('说明：\n- 甲\n- 乙\n办理入口\n\n- 丙\n\n- 丁')).toEqual(['- 乙⏎办理入口']);
  });
});
