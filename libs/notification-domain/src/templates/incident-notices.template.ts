import { IncidentNotReportedProps, IncidentReportedProps } from '@tuoyu/contracts';
import { NoticeTemplateSource } from './notice-template-source';
import { DUE_EN, DUE_ZH, FOOTER_EN, FOOTER_EN_HTML, FOOTER_ZH, FOOTER_ZH_HTML } from './template-fragments';

/** 安全事故/突发事件报告: a serious incident reaches the department at once, with the follow-up deadline. */
export const INCIDENT_REPORTED_TEMPLATE: NoticeTemplateSource<IncidentReportedProps> = {
  propsClass: IncidentReportedProps,
  'zh-CN': {
    subject: '【安全事故报告·{{zh severity}}】{{institutionName}}：{{zh kind}}',
    text: `{{departmentName}}：

{{institutionName}}（统一社会信用代码：{{uscc}}）发生{{zh severity}}安全事故/突发事件。
类型：{{zh kind}}
发生时间：{{occurredAt}}
涉及婴幼儿：{{childrenAffected}}名
已采取措施：
{{actionsTaken}}

请立即组织调查处理，并于 ${DUE_ZH} 前完成。贵辖区当前未结事故 {{openIncidents}} 件。
查看：{{caseUrl}}

${FOOTER_ZH}`,
    html: `<p>{{departmentName}}：</p>
<p><strong>{{institutionName}}（统一社会信用代码：{{uscc}}）发生{{zh severity}}安全事故/突发事件。</strong></p>
<p>类型：{{zh kind}}<br>发生时间：{{occurredAt}}<br>涉及婴幼儿：{{childrenAffected}}名</p>
<p>已采取措施：</p><blockquote style="white-space:pre-line">{{actionsTaken}}</blockquote>
<p>请立即组织调查处理，并于 <strong>${DUE_ZH}</strong> 前完成。贵辖区当前未结事故 {{openIncidents}} 件。</p>
<p>查看：<a href="{{caseUrl}}">点此打开</a></p>${FOOTER_ZH_HTML}`,
  },
  en: {
    subject: '[Incident report, {{en severity}}] {{institutionName}}: {{en kind}}',
    text: `{{departmentName}},

{{institutionName}} (USCC {{uscc}}) had a {{en severity}} safety incident.
Kind: {{en kind}}
Occurred: {{occurredAt}}
Children affected: {{childrenAffected}}
Actions taken:
{{actionsTaken}}

Investigate and handle it by ${DUE_EN}. Incidents open in your region: {{openIncidents}}.
Details: {{caseUrl}}

${FOOTER_EN}`,
    html: `<p>{{departmentName}},</p>
<p><strong>{{institutionName}} (USCC {{uscc}}) had a {{en severity}} safety incident.</strong></p>
<p>Kind: {{en kind}}<br>Occurred: {{occurredAt}}<br>Children affected: {{childrenAffected}}</p>
<p>Actions taken:</p><blockquote style="white-space:pre-line">{{actionsTaken}}</blockquote>
<p>Investigate and handle it by <strong>${DUE_EN}</strong>. Incidents open in your region: {{openIncidents}}.</p>
<p>Details: <a href="{{caseUrl}}">Open the page</a></p>${FOOTER_EN_HTML}`,
  },
};

/** 迟报/瞒报: the department learned of an incident elsewhere and the institution did not report it in time. */
export const INCIDENT_NOT_REPORTED_TEMPLATE: NoticeTemplateSource<IncidentNotReportedProps> = {
  propsClass: IncidentNotReportedProps,
  'zh-CN': {
    subject: '【事故未按时报告】{{institutionName}}未报告{{zh kind}}',
    text: `{{departmentName}}：

贵单位登记的{{institutionName}}（统一社会信用代码：{{uscc}}）{{zh severity}}安全事故/突发事件（{{zh kind}}，发生于{{occurredAt}}），该机构应于{{reportDueAt}}前报告，至今未报告，已标记为迟报/瞒报，请依法处理。
查看：{{caseUrl}}

${FOOTER_ZH}`,
    html: `<p>{{departmentName}}：</p>
<p>贵单位登记的{{institutionName}}（统一社会信用代码：{{uscc}}）{{zh severity}}安全事故/突发事件（{{zh kind}}，发生于{{occurredAt}}），该机构应于<strong>{{reportDueAt}}</strong>前报告，至今未报告，已标记为迟报/瞒报，请依法处理。</p>
<p>查看：<a href="{{caseUrl}}">点此打开</a></p>${FOOTER_ZH_HTML}`,
  },
  en: {
    subject: '[Incident not reported] {{institutionName}} did not report a {{en kind}}',
    text: `{{departmentName}},

The {{en severity}} incident you recorded at {{institutionName}} (USCC {{uscc}}; {{en kind}}, occurred {{occurredAt}}) was due to be reported by the institution by {{reportDueAt}} and was not. It is flagged as unreported.
Details: {{caseUrl}}

${FOOTER_EN}`,
    html: `<p>{{departmentName}},</p>
<p>The {{en severity}} incident you recorded at {{institutionName}} (USCC {{uscc}}; {{en kind}}, occurred {{occurredAt}}) was due to be reported by the institution by <strong>{{reportDueAt}}</strong> and was not. It is flagged as unreported.</p>
<p>Details: <a href="{{caseUrl}}">Open the page</a></p>${FOOTER_EN_HTML}`,
  },
};
