import { DepartmentDigestProps } from '@tuoyu/contracts';
import { NoticeTemplateSource } from './notice-template-source';
import { FOOTER_EN, FOOTER_EN_HTML, FOOTER_ZH, FOOTER_ZH_HTML } from './template-fragments';

type DigestList = 'dueSoon' | 'overdue' | 'awaitingReview';

// One list per section; an empty one still shows, so the reader knows it was checked rather than left out.
// A heading's # stands for the number of lines in its list.
function textSection(list: DigestList, heading: string, uscc: string, line: string, none: string): string {
  return `${heading.replace('#', `{{${list}.length}}`)}{{#each ${list}}}
- {{name}}${uscc}${line}{{#if caseUrl}} {{caseUrl}}{{/if}}{{else}}
${none}{{/each}}`;
}

function htmlSection(list: DigestList, heading: string, uscc: string, line: string, none: string): string {
  return `<h3>${heading.replace('#', `{{${list}.length}}`)}</h3>
<ul>{{#each ${list}}}<li>{{#if caseUrl}}<a href="{{caseUrl}}">{{name}}</a>{{else}}{{name}}{{/if}}${uscc}${line}</li>{{else}}<li>${none}</li>{{/each}}</ul>`;
}

const ZH = {
  dueSoon: ['即将到期的备案（#）', '备案截止 {{dueOn}} 24:00'],
  overdue: ['已逾期未备案（#）', '备案截止 {{dueOn}} 24:00，已逾期，请督促办理'],
  awaitingReview: ['待审查、待出具回执（#）', '请于 {{dueOn}} 24:00 前审查并出具回执或一次性告知补正'],
} as const;
const EN = {
  dueSoon: ['Filings due soon (#)', 'filing due {{dueOn}} 24:00'],
  overdue: ['Overdue filings (#)', 'filing was due {{dueOn}} 24:00; please follow up'],
  awaitingReview: ['Awaiting your review (#)', 'receipt or correction notice due {{dueOn}} 24:00'],
} as const;
const LISTS: DigestList[] = ['dueSoon', 'overdue', 'awaitingReview'];

// Open complaints and incidents: the reference to look them up by, the topic in the reader's language.
const SUPERVISION = {
  zh: {
    heading: '投诉举报与安全事故（{{supervision.length}}）',
    line: `{{#if (eq kind 'complaint')}}投诉{{else}}事故{{/if}} {{reference}}：{{institutionName}}，{{zh topic}}，办理期限 {{dueOn}} 24:00{{#if overdue}}，已超期{{/if}}`,
    none: '（无）',
  },
  en: {
    heading: 'Complaints and incidents ({{supervision.length}})',
    line: `{{#if (eq kind 'complaint')}}Complaint{{else}}Incident{{/if}} {{reference}}: {{institutionName}}, {{en topic}}, due {{dueOn}} 24:00{{#if overdue}}, overdue{{/if}}`,
    none: '(none)',
  },
} as const;
const supervisionText = ({ heading, line, none }: (typeof SUPERVISION)['zh' | 'en']) =>
  `${heading}{{#each supervision}}\n- ${line}{{else}}\n${none}{{/each}}`;
const supervisionHtml = ({ heading, line, none }: (typeof SUPERVISION)['zh' | 'en']) =>
  `<h3>${heading}</h3>\n<ul>{{#each supervision}}<li>${line}</li>{{else}}<li>${none}</li>{{/each}}</ul>`;

const ZH_USCC = '（{{uscc}}）：';
const EN_USCC = ' ({{uscc}}): ';
const zhText = [
  ...LISTS.map((list) => textSection(list, ZH[list][0], ZH_USCC, ZH[list][1], '（无）')),
  supervisionText(SUPERVISION.zh),
].join('\n\n');
const zhHtml = [
  ...LISTS.map((list) => htmlSection(list, ZH[list][0], ZH_USCC, ZH[list][1], '（无）')),
  supervisionHtml(SUPERVISION.zh),
].join('\n');
const enText = [
  ...LISTS.map((list) => textSection(list, EN[list][0], EN_USCC, EN[list][1], '(none)')),
  supervisionText(SUPERVISION.en),
].join('\n\n');
const enHtml = [
  ...LISTS.map((list) => htmlSection(list, EN[list][0], EN_USCC, EN[list][1], '(none)')),
  supervisionHtml(SUPERVISION.en),
].join('\n');

/** The department's daily digest (08:30 on working days; the filing service decides whether to send one). */
export const DEPARTMENT_DIGEST_TEMPLATE: NoticeTemplateSource<DepartmentDigestProps> = {
  propsClass: DepartmentDigestProps,
  'zh-CN': {
    subject:
      '【每日待办】{{departmentName}} {{date}}：即将到期{{dueSoon.length}}件，已逾期{{overdue.length}}件，待审查{{awaitingReview.length}}件，投诉与事故{{supervision.length}}件',
    text: `{{departmentName}}（行政区划代码 {{regionCode}}）：

截至 {{date}}，辖区托育机构备案与监管待办如下（时间均为北京时间）：

${zhText}

下一步：请优先处理待审查的备案（5个工作日内出具回执）和已超期的投诉、事故，并督促逾期机构尽快备案。

${FOOTER_ZH}`,
    html: `<p>{{departmentName}}（行政区划代码 {{regionCode}}）：</p>
<p>截至 {{date}}，辖区托育机构备案与监管待办如下（时间均为北京时间）：</p>
${zhHtml}
<p><strong>下一步：</strong>请优先处理待审查的备案（5个工作日内出具回执）和已超期的投诉、事故，并督促逾期机构尽快备案。</p>${FOOTER_ZH_HTML}`,
  },
  en: {
    subject:
      '[Daily digest] {{departmentName}} {{date}}: {{dueSoon.length}} due soon, {{overdue.length}} overdue, {{awaitingReview.length}} awaiting review, {{supervision.length}} complaints and incidents',
    text: `{{departmentName}} (region {{regionCode}}),

Childcare filings and supervision work in your region as of {{date}} (times are China time, UTC+8):

${enText}

Next: review submitted filings first (receipt within 5 working days) and overdue complaints and incidents, and follow up with overdue institutions.

${FOOTER_EN}`,
    html: `<p>{{departmentName}} (region {{regionCode}}),</p>
<p>Childcare filings and supervision work in your region as of {{date}} (times are China time, UTC+8):</p>
${enHtml}
<p><strong>Next:</strong> review submitted filings first (receipt within 5 working days) and overdue complaints and incidents, and follow up with overdue institutions.</p>${FOOTER_EN_HTML}`,
  },
};
