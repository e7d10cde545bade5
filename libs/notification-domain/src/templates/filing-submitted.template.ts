import { FilingSubmittedProps } from '@tuoyu/contracts';
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

// The reviewer: the county department when the directory knows it, else its role.
const REVIEWER_ZH = '{{#if department}}{{department.name}}{{else}}卫生健康部门{{/if}}';
const REVIEWER_EN = '{{#if department}}{{department.name}}{{else}}The health department{{/if}}';
// The receipt clock (national 办法 §9: 5 working days) is opened by the submission; shown when one was opened.
const REVIEW_DUE_ZH = '{{#if reviewDueOn}}，审查期限至 {{reviewDueOn}} 24:00（北京时间）{{/if}}';
const REVIEW_DUE_EN = '{{#if reviewDueOn}}; the review is due by {{reviewDueOn}} 24:00 China time (UTC+8){{/if}}';

/**
 * 已收到备案材料: sent for every submission, resubmissions after 补正 included, so the institution knows its
 * materials arrived and from when the department's review clock runs.
 */
export const FILING_SUBMITTED_TEMPLATE: NoticeTemplateSource<FilingSubmittedProps> = {
  propsClass: FilingSubmittedProps,
  'zh-CN': {
    subject: '【材料已收到】{{institutionName}}：已收到您的备案材料（第{{submissionNumber}}次提交）',
    text: `{{institutionName}}（统一社会信用代码：{{uscc}}）：

已收到您的备案材料（第{{submissionNumber}}次提交，提交日期：{{submittedOn}}）。${REVIEWER_ZH}将对材料进行审查${REVIEW_DUE_ZH}。审查结果将另行通知，审查期间无需重复提交。

查看办理进度：{{caseUrl}}

${CONTACT_ZH}${FOOTER_ZH}`,
    html: `<p>{{institutionName}}（统一社会信用代码：{{uscc}}）：</p>
<p>已收到您的备案材料（第{{submissionNumber}}次提交，提交日期：{{submittedOn}}）。${REVIEWER_ZH}将对材料进行审查${REVIEW_DUE_ZH}。审查结果将另行通知，审查期间无需重复提交。</p>
<p>查看办理进度：<a href="{{caseUrl}}">点此打开</a></p>${CONTACT_ZH_HTML}${FOOTER_ZH_HTML}`,
  },
  en: {
    subject: '[Materials received] {{institutionName}}: filing submission {{submissionNumber}} received',
    text: `{{institutionName}} (USCC {{uscc}}),

We have received your filing materials (submission {{submissionNumber}}, submitted on {{submittedOn}}). ${REVIEWER_EN} will review them${REVIEW_DUE_EN}. You will be told the outcome; there is no need to submit again meanwhile.

Your case: {{caseUrl}}

${CONTACT_EN}${FOOTER_EN}`,
    html: `<p>{{institutionName}} (USCC {{uscc}}),</p>
<p>We have received your filing materials (submission {{submissionNumber}}, submitted on {{submittedOn}}). ${REVIEWER_EN} will review them${REVIEW_DUE_EN}. You will be told the outcome; there is no need to submit again meanwhile.</p>
<p>Your case: <a href="{{caseUrl}}">Open the page</a></p>${CONTACT_EN_HTML}${FOOTER_EN_HTML}`,
  },
};
