import { HandoffArrivedProps } from '@tuoyu/contracts';
import { NoticeTemplateSource } from './notice-template-source';
import { FOOTER_EN, FOOTER_EN_HTML, FOOTER_ZH, FOOTER_ZH_HTML } from './template-fragments';

/** To the county health department: a registration was shared with it (登记信息推送) and a filing case opened. */
export const HANDOFF_ARRIVED_TEMPLATE: NoticeTemplateSource<HandoffArrivedProps> = {
  propsClass: HandoffArrivedProps,
  'zh-CN': {
    subject: '【登记信息推送】{{institutionName}}的登记信息已送达{{departmentName}}',
    text: `{{departmentName}}：

登记机关推送了一家托育机构的登记信息：
- 机构名称：{{institutionName}}
- 统一社会信用代码：{{uscc}}
- 核准登记日期：{{approvedOn}}
- 备案截止时间：{{filingDueOn}} 24:00（北京时间）

下一步：系统已为该机构开立备案案件，并通知其在截止时间前备案。机构提交备案材料后，请在5个工作日内审查并出具备案回执；材料不全的，请一次性告知需补正的全部内容。

待办：{{inboxUrl}}

${FOOTER_ZH}`,
    html: `<p>{{departmentName}}：</p>
<p>登记机关推送了一家托育机构的登记信息：</p>
<ul><li>机构名称：{{institutionName}}</li><li>统一社会信用代码：{{uscc}}</li><li>核准登记日期：{{approvedOn}}</li>
<li>备案截止时间：<strong>{{filingDueOn}} 24:00（北京时间）</strong></li></ul>
<p><strong>下一步：</strong>系统已为该机构开立备案案件，并通知其在截止时间前备案。机构提交备案材料后，请在5个工作日内审查并出具备案回执；材料不全的，请一次性告知需补正的全部内容。</p>
<p>待办：<a href="{{inboxUrl}}">点此打开</a></p>${FOOTER_ZH_HTML}`,
  },
  en: {
    subject: '[New handoff] Registration of {{institutionName}} reached {{departmentName}}',
    text: `{{departmentName}},

A registration authority shared the registration of a childcare institution with you:
- Institution: {{institutionName}}
- USCC: {{uscc}}
- Registration approved on: {{approvedOn}}
- Filing due: {{filingDueOn}} 24:00 China time (UTC+8)

Next: a filing case is open and the institution has been told to file by its due date. Once it submits, review the materials and issue the filing receipt within 5 working days; if anything is missing, list everything to correct at once.

Your inbox: {{inboxUrl}}

${FOOTER_EN}`,
    html: `<p>{{departmentName}},</p>
<p>A registration authority shared the registration of a childcare institution with you:</p>
<ul><li>Institution: {{institutionName}}</li><li>USCC: {{uscc}}</li><li>Registration approved on: {{approvedOn}}</li>
<li>Filing due: <strong>{{filingDueOn}} 24:00 China time (UTC+8)</strong></li></ul>
<p><strong>Next:</strong> a filing case is open and the institution has been told to file by its due date. Once it submits, review the materials and issue the filing receipt within 5 working days; if anything is missing, list everything to correct at once.</p>
<p>Your inbox: <a href="{{inboxUrl}}">Open the page</a></p>${FOOTER_EN_HTML}`,
  },
};
