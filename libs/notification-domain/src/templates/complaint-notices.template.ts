import { ComplaintAssignedProps, ComplaintReceivedProps, ComplaintRepliedProps } from '@tuoyu/contracts';
import { NoticeTemplateSource } from './notice-template-source';
import { DUE_EN, DUE_ZH, FOOTER_EN, FOOTER_EN_HTML, FOOTER_ZH, FOOTER_ZH_HTML } from './template-fragments';

/** 投诉举报受理回执: the reference number is how the complainant follows the complaint (no account needed). */
export const COMPLAINT_RECEIVED_TEMPLATE: NoticeTemplateSource<ComplaintReceivedProps> = {
  propsClass: ComplaintReceivedProps,
  'zh-CN': {
    subject: '【投诉举报已受理】{{institutionName}}，受理编号 {{reference}}',
    text: `您好：

您于{{receivedOn}}反映的关于“{{institutionName}}”的{{zh category}}问题已收到，受理编号：{{reference}}。
{{#if dueOn}}该件已转所在地卫生健康部门办理，办理时限至 ${DUE_ZH}。{{else}}该件正在确定所在地卫生健康部门，确定后即转交办理。{{/if}}

凭受理编号查询办理进度：{{lookupUrl}}

${FOOTER_ZH}`,
    html: `<p>您好：</p>
<p>您于{{receivedOn}}反映的关于“{{institutionName}}”的{{zh category}}问题已收到，受理编号：<strong>{{reference}}</strong>。</p>
<p>{{#if dueOn}}该件已转所在地卫生健康部门办理，办理时限至 <strong>${DUE_ZH}</strong>。{{else}}该件正在确定所在地卫生健康部门，确定后即转交办理。{{/if}}</p>
<p>凭受理编号查询办理进度：<a href="{{lookupUrl}}">{{lookupUrl}}</a></p>${FOOTER_ZH_HTML}`,
  },
  en: {
    subject: '[Complaint received] {{institutionName}}, reference {{reference}}',
    text: `Hello,

Your complaint of {{receivedOn}} about "{{institutionName}}" ({{en category}}) was received. Reference: {{reference}}.
{{#if dueOn}}It was passed to the county health department, which must handle it by ${DUE_EN}.{{else}}The responsible county health department is being determined; the complaint is passed on as soon as it is.{{/if}}

Follow it with the reference: {{lookupUrl}}

${FOOTER_EN}`,
    html: `<p>Hello,</p>
<p>Your complaint of {{receivedOn}} about "{{institutionName}}" ({{en category}}) was received. Reference: <strong>{{reference}}</strong>.</p>
<p>{{#if dueOn}}It was passed to the county health department, which must handle it by <strong>${DUE_EN}</strong>.{{else}}The responsible county health department is being determined; the complaint is passed on as soon as it is.{{/if}}</p>
<p>Follow it with the reference: <a href="{{lookupUrl}}">{{lookupUrl}}</a></p>${FOOTER_EN_HTML}`,
  },
};

/** 投诉举报答复: the department's reply, as it wrote it. */
export const COMPLAINT_REPLIED_TEMPLATE: NoticeTemplateSource<ComplaintRepliedProps> = {
  propsClass: ComplaintRepliedProps,
  'zh-CN': {
    subject: '【投诉举报答复】关于{{institutionName}}的投诉（{{reference}}）',
    text: `您好：

您反映的关于“{{institutionName}}”的问题（受理编号 {{reference}}），{{departmentName}}已于{{repliedOn}}办结，答复如下：

{{reply}}

查询：{{lookupUrl}}

${FOOTER_ZH}`,
    html: `<p>您好：</p>
<p>您反映的关于“{{institutionName}}”的问题（受理编号 {{reference}}），{{departmentName}}已于{{repliedOn}}办结，答复如下：</p>
<blockquote style="white-space:pre-line">{{reply}}</blockquote>
<p>查询：<a href="{{lookupUrl}}">{{lookupUrl}}</a></p>${FOOTER_ZH_HTML}`,
  },
  en: {
    subject: '[Reply to your complaint] {{institutionName}} ({{reference}})',
    text: `Hello,

{{departmentName}} closed your complaint about "{{institutionName}}" (reference {{reference}}) on {{repliedOn}} with this reply:

{{reply}}

Details: {{lookupUrl}}

${FOOTER_EN}`,
    html: `<p>Hello,</p>
<p>{{departmentName}} closed your complaint about "{{institutionName}}" (reference {{reference}}) on {{repliedOn}} with this reply:</p>
<blockquote style="white-space:pre-line">{{reply}}</blockquote>
<p>Details: <a href="{{lookupUrl}}">{{lookupUrl}}</a></p>${FOOTER_EN_HTML}`,
  },
};

/** 投诉举报转办: a complaint for the department to handle, with its deadline; no complainant contact in email. */
export const COMPLAINT_ASSIGNED_TEMPLATE: NoticeTemplateSource<ComplaintAssignedProps> = {
  propsClass: ComplaintAssignedProps,
  'zh-CN': {
    subject: '【投诉举报转办】{{institutionName}}（{{reference}}），请于{{dueOn}}前办结',
    text: `{{departmentName}}：

收到关于“{{institutionName}}”{{#if uscc}}（统一社会信用代码：{{uscc}}）{{/if}}的投诉举报，受理编号 {{reference}}{{#if hotlineCaseNumber}}，12345工单号 {{hotlineCaseNumber}}{{/if}}。
{{#unless institutionIdentified}}该机构未能与已备案机构匹配，请核实机构。{{/unless}}
类别：{{zh category}}
反映内容：
{{facts}}

请于 ${DUE_ZH} 前核查并答复。贵辖区当前待办投诉 {{openComplaints}} 件。
办理：{{caseUrl}}

${FOOTER_ZH}`,
    html: `<p>{{departmentName}}：</p>
<p>收到关于“{{institutionName}}”{{#if uscc}}（统一社会信用代码：{{uscc}}）{{/if}}的投诉举报，受理编号 {{reference}}{{#if hotlineCaseNumber}}，12345工单号 {{hotlineCaseNumber}}{{/if}}。</p>
{{#unless institutionIdentified}}<p><strong>该机构未能与已备案机构匹配，请核实机构。</strong></p>{{/unless}}
<p>类别：{{zh category}}</p>
<p>反映内容：</p><blockquote style="white-space:pre-line">{{facts}}</blockquote>
<p>请于 <strong>${DUE_ZH}</strong> 前核查并答复。贵辖区当前待办投诉 {{openComplaints}} 件。</p>
<p>办理：<a href="{{caseUrl}}">点此打开</a></p>${FOOTER_ZH_HTML}`,
  },
  en: {
    subject: '[Complaint to handle] {{institutionName}} ({{reference}}), due {{dueOn}}',
    text: `{{departmentName}},

A complaint about "{{institutionName}}"{{#if uscc}} (USCC {{uscc}}){{/if}} arrived, reference {{reference}}{{#if hotlineCaseNumber}}, 12345 case {{hotlineCaseNumber}}{{/if}}.
{{#unless institutionIdentified}}No filed institution matched: please identify it.{{/unless}}
Category: {{en category}}
Facts:
{{facts}}

Investigate and reply by ${DUE_EN}. Complaints open in your region: {{openComplaints}}.
Handle it: {{caseUrl}}

${FOOTER_EN}`,
    html: `<p>{{departmentName}},</p>
<p>A complaint about "{{institutionName}}"{{#if uscc}} (USCC {{uscc}}){{/if}} arrived, reference {{reference}}{{#if hotlineCaseNumber}}, 12345 case {{hotlineCaseNumber}}{{/if}}.</p>
{{#unless institutionIdentified}}<p><strong>No filed institution matched: please identify it.</strong></p>{{/unless}}
<p>Category: {{en category}}</p>
<p>Facts:</p><blockquote style="white-space:pre-line">{{facts}}</blockquote>
<p>Investigate and reply by <strong>${DUE_EN}</strong>. Complaints open in your region: {{openComplaints}}.</p>
<p>Handle it: <a href="{{caseUrl}}">Open the page</a></p>${FOOTER_EN_HTML}`,
  },
};
