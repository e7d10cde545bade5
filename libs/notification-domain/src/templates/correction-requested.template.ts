import { CorrectionRequestedProps } from '@tuoyu/contracts';
import { NoticeTemplateSource } from './notice-template-source';
import {
  CONTACT_EN,
  CONTACT_EN_HTML,
  CONTACT_ZH,
  CONTACT_ZH_HTML,
  DUE_EN,
  DUE_ZH,
  EXPLANATION_HTML,
  EXPLANATION_TEXT,
  FOOTER_EN,
  FOOTER_EN_HTML,
  FOOTER_ZH,
  FOOTER_ZH_HTML,
} from './template-fragments';

/**
 * 一次性告知补正: every missing or wrong item in one notice, never in instalments (local practice the five city
 * policies share); the 5-working-day receipt clock restarts from complete materials.
 */
export const CORRECTION_REQUESTED_TEMPLATE: NoticeTemplateSource<CorrectionRequestedProps> = {
  propsClass: CorrectionRequestedProps,
  'zh-CN': {
    subject: '【补正告知】{{institutionName}}：请于{{dueOn}} 24:00前补正{{items.length}}项备案材料',
    text: `{{institutionName}}（统一社会信用代码：{{uscc}}）：

经{{departmentName}}审查，贵机构的备案材料需要补正。现一次性告知需补正的全部事项（共{{items.length}}项）：{{#each items}}
- {{item}}：{{reason}}{{/each}}

请于 ${DUE_ZH} 前补正上述全部事项并重新提交。材料齐全后，卫生健康部门将在5个工作日内出具备案回执。

期限计算说明：${EXPLANATION_TEXT}

补正入口：{{caseUrl}}

${CONTACT_ZH}${FOOTER_ZH}`,
    html: `<p>{{institutionName}}（统一社会信用代码：{{uscc}}）：</p>
<p>经{{departmentName}}审查，贵机构的备案材料需要补正。现一次性告知需补正的全部事项（共{{items.length}}项）：</p>
<ol>{{#each items}}<li><strong>{{item}}</strong>：{{reason}}</li>{{/each}}</ol>
<p>请于 <strong>${DUE_ZH}</strong> 前补正上述全部事项并重新提交。材料齐全后，卫生健康部门将在5个工作日内出具备案回执。</p>
<p>期限计算说明：</p>${EXPLANATION_HTML}
<p>补正入口：<a href="{{caseUrl}}">点此打开</a></p>${CONTACT_ZH_HTML}${FOOTER_ZH_HTML}`,
  },
  en: {
    subject: '[Correction needed] {{institutionName}}: correct {{items.length}} item(s) by {{dueOn}} 24:00',
    text: `{{institutionName}} (USCC {{uscc}}),

{{departmentName}} reviewed your filing and needs corrections. This is the complete list ({{items.length}} item(s)), given at once (一次性告知):{{#each items}}
- {{item}}: {{reason}}{{/each}}

Please correct all of them and submit again by ${DUE_EN}. Once the materials are complete, the department issues the filing receipt within 5 working days.

How the date was computed:${EXPLANATION_TEXT}

Your case: {{caseUrl}}

${CONTACT_EN}${FOOTER_EN}`,
    html: `<p>{{institutionName}} (USCC {{uscc}}),</p>
<p>{{departmentName}} reviewed your filing and needs corrections. This is the complete list ({{items.length}} item(s)), given at once (一次性告知):</p>
<ol>{{#each items}}<li><strong>{{item}}</strong>: {{reason}}</li>{{/each}}</ol>
<p>Please correct all of them and submit again by <strong>${DUE_EN}</strong>. Once the materials are complete, the department issues the filing receipt within 5 working days.</p>
<p>How the date was computed:</p>${EXPLANATION_HTML}
<p>Your case: <a href="{{caseUrl}}">Open the page</a></p>${CONTACT_EN_HTML}${FOOTER_EN_HTML}`,
  },
};
