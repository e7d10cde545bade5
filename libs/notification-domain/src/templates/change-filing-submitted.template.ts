import { ChangeFilingSubmittedProps, RegistrationChanges, ServiceType } from '@tuoyu/contracts';
import { NoticeTemplateSource } from './notice-template-source';
import {
  CONTACT_EN,
  CONTACT_EN_HTML,
  CONTACT_ZH,
  CONTACT_ZH_HTML,
  FOOTER_EN,
  FOOTER_EN_HTML,
  FOOTER_ZH,
  FOOTER_ZH_HTML,
} from './template-fragments';

// Typed by the contract: a new service type or changeable fact does not compile until each locale names it.
const SERVICE_TYPE_ZH: Record<ServiceType, string> = {
  full_day: '全日托',
  half_day: '半日托',
  hourly: '计时托',
  temporary: '临时托',
};
const SERVICE_TYPE_EN: Record<ServiceType, string> = {
  full_day: 'full-day care',
  half_day: 'half-day care',
  hourly: 'hourly care',
  temporary: 'temporary care',
};
const FACT_ZH: Record<keyof RegistrationChanges, string> = {
  name: '机构名称',
  address: '机构地址',
  legalRepresentativeName: '法定代表人',
  contactEmail: '联系邮箱',
  serviceTypes: '服务类型',
  capacity: '托位数',
};
const FACT_EN: Record<keyof RegistrationChanges, string> = {
  name: 'Name',
  address: 'Address',
  legalRepresentativeName: 'Legal representative',
  contactEmail: 'Contact email',
  serviceTypes: 'Services',
  capacity: 'Places',
};

/** The service types, each in the notice's language, joined by the locale's separator. */
function serviceTypesIn(labels: Record<ServiceType, string>, separator: string): string {
  const each = Object.entries(labels)
    .map(([type, label]) => `{{#if (eq this '${type}')}}${label}{{/if}}`)
    .join('');
  return `{{#each changes.serviceTypes}}{{#unless @first}}${separator}{{/unless}}${each}{{/each}}`;
}

/**
 * One line per changed fact (the others are absent from the change), as "- label: value" or an HTML list item.
 * A text line starts with its newline rather than ending with one: a `{{/if}}` right after a newline is a
 * Handlebars "standalone" tag, which eats the newline after it, and with it the blank line after the list.
 */
function changedFacts(
  facts: Record<keyof RegistrationChanges, string>,
  services: string,
  colon: string,
  html: boolean,
): string {
  return (Object.entries(facts) as [keyof RegistrationChanges, string][])
    .map(([fact, label]) => {
      const value = fact === 'serviceTypes' ? services : `{{changes.${fact}}}`;
      const line = html ? `<li>${label}${colon}${value}</li>` : `\n- ${label}${colon}${value}`;
      return `{{#if changes.${fact}}}${line}{{/if}}`;
    })
    .join('');
}

const CHANGES_ZH = changedFacts(FACT_ZH, serviceTypesIn(SERVICE_TYPE_ZH, '、'), '：', false);
const CHANGES_ZH_HTML = changedFacts(FACT_ZH, serviceTypesIn(SERVICE_TYPE_ZH, '、'), '：', true);
const CHANGES_EN = changedFacts(FACT_EN, serviceTypesIn(SERVICE_TYPE_EN, ', '), ': ', false);
const CHANGES_EN_HTML = changedFacts(FACT_EN, serviceTypesIn(SERVICE_TYPE_EN, ', '), ': ', true);

/**
 * 已收到变更备案: sent once per change filing, so the institution knows which registration change its filing
 * answered and that the change-filing duty (15 日 after the change) is met.
 */
export const CHANGE_FILING_SUBMITTED_TEMPLATE: NoticeTemplateSource<ChangeFilingSubmittedProps> = {
  propsClass: ChangeFilingSubmittedProps,
  'zh-CN': {
    subject: '【变更备案已收到】{{institutionName}}：已收到您{{changedOn}}变更登记的变更备案',
    text: `{{institutionName}}（统一社会信用代码：{{uscc}}）：

已收到您的变更备案（提交日期：{{filedOn}}），对应{{changedOn}}的变更登记，变更事项如下：${CHANGES_ZH}

该项变更备案义务已履行，无需重复提交。

查看办理进度：{{caseUrl}}

${CONTACT_ZH}${FOOTER_ZH}`,
    html: `<p>{{institutionName}}（统一社会信用代码：{{uscc}}）：</p>
<p>已收到您的变更备案（提交日期：{{filedOn}}），对应{{changedOn}}的变更登记，变更事项如下：</p>
<ul>${CHANGES_ZH_HTML}</ul>
<p>该项变更备案义务已履行，无需重复提交。</p>
<p>查看办理进度：<a href="{{caseUrl}}">点此打开</a></p>${CONTACT_ZH_HTML}${FOOTER_ZH_HTML}`,
  },
  en: {
    subject: '[Change filing received] {{institutionName}}: change of {{changedOn}} filed',
    text: `{{institutionName}} (USCC {{uscc}}),

We have received your change filing (filed on {{filedOn}}) for the registration change of {{changedOn}}:${CHANGES_EN}

This change filing is complete; there is no need to file it again.

Your case: {{caseUrl}}

${CONTACT_EN}${FOOTER_EN}`,
    html: `<p>{{institutionName}} (USCC {{uscc}}),</p>
<p>We have received your change filing (filed on {{filedOn}}) for the registration change of {{changedOn}}:</p>
<ul>${CHANGES_EN_HTML}</ul>
<p>This change filing is complete; there is no need to file it again.</p>
<p>Your case: <a href="{{caseUrl}}">Open the page</a></p>${CONTACT_EN_HTML}${FOOTER_EN_HTML}`,
  },
};
