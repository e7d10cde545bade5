import { NonComplianceProps } from '@tuoyu/contracts';
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

/** 不符合备案要求告知 with its reasons (national 办法 §9: within 15 working days, and made public). */
export const NON_COMPLIANCE_TEMPLATE: NoticeTemplateSource<NonComplianceProps> = {
  propsClass: NonComplianceProps,
  'zh-CN': {
    subject: '【备案审查结果告知】{{institutionName}}不符合托育机构备案要求',
    text: `{{institutionName}}（统一社会信用代码：{{uscc}}）：

经{{departmentName}}审查，贵机构不符合托育机构设置标准或管理规范，于{{decidedOn}}作出本告知。理由如下：{{#each reasons}}
- {{this}}{{/each}}

下一步：请在符合设置标准和管理规范前不要开展托育服务；按上述理由整改后，可重新提交备案。本告知将依规向社会公开。

查看案件：{{caseUrl}}

${CONTACT_ZH}${FOOTER_ZH}`,
    html: `<p>{{institutionName}}（统一社会信用代码：{{uscc}}）：</p>
<p>经{{departmentName}}审查，贵机构不符合托育机构设置标准或管理规范，于{{decidedOn}}作出本告知。理由如下：</p>
<ul>{{#each reasons}}<li>{{this}}</li>{{/each}}</ul>
<p><strong>下一步：</strong>请在符合设置标准和管理规范前不要开展托育服务；按上述理由整改后，可重新提交备案。本告知将依规向社会公开。</p>
<p>查看案件：<a href="{{caseUrl}}">点此打开</a></p>${CONTACT_ZH_HTML}${FOOTER_ZH_HTML}`,
  },
  en: {
    subject: '[Filing decision] {{institutionName}} does not meet the filing requirements',
    text: `{{institutionName}} (USCC {{uscc}}),

{{departmentName}} reviewed your filing and decided on {{decidedOn}} that your institution does not meet the childcare institution standards or management rules, for these reasons:{{#each reasons}}
- {{this}}{{/each}}

Next: do not provide childcare until you meet the standards; after addressing the reasons above you may file again. This notice will be made public.

Your case: {{caseUrl}}

${CONTACT_EN}${FOOTER_EN}`,
    html: `<p>{{institutionName}} (USCC {{uscc}}),</p>
<p>{{departmentName}} reviewed your filing and decided on {{decidedOn}} that your institution does not meet the childcare institution standards or management rules, for these reasons:</p>
<ul>{{#each reasons}}<li>{{this}}</li>{{/each}}</ul>
<p><strong>Next:</strong> do not provide childcare until you meet the standards; after addressing the reasons above you may file again. This notice will be made public.</p>
<p>Your case: <a href="{{caseUrl}}">Open the page</a></p>${CONTACT_EN_HTML}${FOOTER_EN_HTML}`,
  },
};
