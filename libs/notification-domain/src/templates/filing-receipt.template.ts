import { FilingReceiptProps } from '@tuoyu/contracts';
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

/** 备案回执 together with the 托育机构基本条件告知书 (national 办法 §9: issued within 5 working days). */
export const FILING_RECEIPT_TEMPLATE: NoticeTemplateSource<FilingReceiptProps> = {
  propsClass: FilingReceiptProps,
  'zh-CN': {
    subject: '【备案回执】{{institutionName}}已完成托育机构备案（回执编号 {{receiptNumber}}）',
    text: `{{institutionName}}（统一社会信用代码：{{uscc}}）：

{{departmentName}}已收到贵机构齐全的备案材料，现出具备案回执：
- 回执编号：{{receiptNumber}}
- 备案日期：{{filedOn}}
- 备案部门：{{departmentName}}

托育机构基本条件告知书
贵机构开展托育服务，应当持续符合以下基本条件：{{#each basicConditions}}
- {{this}}{{/each}}

下一步：请妥善保存本回执，按上述基本条件开展托育服务并接受卫生健康部门的监督管理。机构名称、场所、负责人、服务形式或托位数发生变化的，请及时办理变更备案。

查看备案：{{caseUrl}}

${CONTACT_ZH}${FOOTER_ZH}`,
    html: `<p>{{institutionName}}（统一社会信用代码：{{uscc}}）：</p>
<p>{{departmentName}}已收到贵机构齐全的备案材料，现出具备案回执：</p>
<ul><li>回执编号：<strong>{{receiptNumber}}</strong></li><li>备案日期：{{filedOn}}</li><li>备案部门：{{departmentName}}</li></ul>
<h3>托育机构基本条件告知书</h3>
<p>贵机构开展托育服务，应当持续符合以下基本条件：</p>
<ul>{{#each basicConditions}}<li>{{this}}</li>{{/each}}</ul>
<p><strong>下一步：</strong>请妥善保存本回执，按上述基本条件开展托育服务并接受卫生健康部门的监督管理。机构名称、场所、负责人、服务形式或托位数发生变化的，请及时办理变更备案。</p>
<p>查看备案：<a href="{{caseUrl}}">点此打开</a></p>${CONTACT_ZH_HTML}${FOOTER_ZH_HTML}`,
  },
  en: {
    subject: '[Filing receipt] {{institutionName}} is filed (receipt {{receiptNumber}})',
    text: `{{institutionName}} (USCC {{uscc}}),

{{departmentName}} has received your complete filing materials and issues this filing receipt (备案回执):
- Receipt number: {{receiptNumber}}
- Filed on: {{filedOn}}
- Department: {{departmentName}}

Notice of basic conditions (基本条件告知书)
To provide childcare you must keep meeting these basic conditions:{{#each basicConditions}}
- {{this}}{{/each}}

Next: keep this receipt, run your service under the conditions above and accept the health department's supervision. If your name, premises, principal, service forms or number of places change, file the change.

Your filing: {{caseUrl}}

${CONTACT_EN}${FOOTER_EN}`,
    html: `<p>{{institutionName}} (USCC {{uscc}}),</p>
<p>{{departmentName}} has received your complete filing materials and issues this filing receipt (备案回执):</p>
<ul><li>Receipt number: <strong>{{receiptNumber}}</strong></li><li>Filed on: {{filedOn}}</li><li>Department: {{departmentName}}</li></ul>
<h3>Notice of basic conditions (基本条件告知书)</h3>
<p>To provide childcare you must keep meeting these basic conditions:</p>
<ul>{{#each basicConditions}}<li>{{this}}</li>{{/each}}</ul>
<p><strong>Next:</strong> keep this receipt, run your service under the conditions above and accept the health department's supervision. If your name, premises, principal, service forms or number of places change, file the change.</p>
<p>Your filing: <a href="{{caseUrl}}">Open the page</a></p>${CONTACT_EN_HTML}${FOOTER_EN_HTML}`,
  },
};
