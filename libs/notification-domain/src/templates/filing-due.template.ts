import { FilingDueProps } from '@tuoyu/contracts';
import { NoticeTemplateSource } from './notice-template-source';
import {
  CONTACT_EN,
  CONTACT_EN_HTML,
  CONTACT_ZH,
  CONTACT_ZH_HTML,
  EXPLANATION_HTML,
  EXPLANATION_TEXT,
  FOOTER_EN,
  FOOTER_EN_HTML,
  FOOTER_ZH,
  FOOTER_ZH_HTML,
} from './template-fragments';

/** The institution's first notice after its registration reached the health department. */
export const FILING_DUE_TEMPLATE: NoticeTemplateSource<FilingDueProps> = {
  propsClass: FilingDueProps,
  'zh-CN': {
    subject: '【托育机构备案通知】{{institutionName}}请于{{dueOn}}前向卫生健康部门备案',
    text: `{{institutionName}}（统一社会信用代码：{{uscc}}）：

贵机构已于{{approvedOn}}核准登记，登记信息已推送至所在地县级卫生健康部门。
请于 {{dueOn}} 24:00（北京时间）前完成托育机构备案。

期限计算说明：${EXPLANATION_TEXT}

需提交的材料：
- 托育机构备案书、备案承诺书（在线填写）
- 营业执照或其他法人登记证书
- 场地证明（自有产权，或3年以上租赁合同）
- 工作人员资格证书及健康合格证明
- 托幼机构卫生评价报告（评价结果为"合格"）
- 消防安全检查合格证明（或消防验收意见书）
- 提供餐食的，食品经营许可证

办理入口：{{caseUrl}}

${CONTACT_ZH}${FOOTER_ZH}`,
    html: `<p>{{institutionName}}（统一社会信用代码：{{uscc}}）：</p>
<p>贵机构已于{{approvedOn}}核准登记，登记信息已推送至所在地县级卫生健康部门。<br>
请于 <strong>{{dueOn}} 24:00（北京时间）</strong>前完成托育机构备案。</p>
<p>期限计算说明：</p>
${EXPLANATION_HTML}
<p>需提交的材料：</p>
<ul>
<li>托育机构备案书、备案承诺书（在线填写）</li>
<li>营业执照或其他法人登记证书</li>
<li>场地证明（自有产权，或3年以上租赁合同）</li>
<li>工作人员资格证书及健康合格证明</li>
<li>托幼机构卫生评价报告（评价结果为"合格"）</li>
<li>消防安全检查合格证明（或消防验收意见书）</li>
<li>提供餐食的，食品经营许可证</li>
</ul>
<p>办理入口：<a href="{{caseUrl}}">点此打开</a></p>
${CONTACT_ZH_HTML}${FOOTER_ZH_HTML}`,
  },
  en: {
    subject: '[Childcare filing] {{institutionName}}: file with the health department by {{dueOn}}',
    text: `{{institutionName}} (USCC {{uscc}}),

Your registration was approved on {{approvedOn}} and has been shared with your county health department.
Please complete your childcare institution filing (备案) by {{dueOn}} 24:00 China time.

How the date was computed:${EXPLANATION_TEXT}

Your case: {{caseUrl}}

${CONTACT_EN}${FOOTER_EN}`,
    html: `<p>{{institutionName}} (USCC {{uscc}}),</p>
<p>Your registration was approved on {{approvedOn}} and has been shared with your county health department.<br>
Please complete your childcare institution filing (备案) by <strong>{{dueOn}} 24:00 China time</strong>.</p>
<p>How the date was computed:</p>
${EXPLANATION_HTML}
<p>Your case: <a href="{{caseUrl}}">Open the page</a></p>${CONTACT_EN_HTML}${FOOTER_EN_HTML}`,
  },
};
