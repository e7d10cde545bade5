import { DeadlineNoticeProps } from '@tuoyu/contracts';
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

/** Before and on the due day: what is due and by when. */
export const DEADLINE_REMINDER_TEMPLATE: NoticeTemplateSource<DeadlineNoticeProps> = {
  propsClass: DeadlineNoticeProps,
  'zh-CN': {
    subject: '【提醒】{{subjectName}}：{{zh duty}}截止时间为{{dueOn}} 24:00',
    text: `{{subjectName}}{{#if uscc}}（统一社会信用代码：{{uscc}}）{{/if}}：

{{zh duty}}的截止时间为 {{dueOn}} 24:00（北京时间），请尽快办理。

期限计算说明：${EXPLANATION_TEXT}

办理入口：{{caseUrl}}

${CONTACT_ZH}${FOOTER_ZH}`,
    html: `<p>{{subjectName}}{{#if uscc}}（统一社会信用代码：{{uscc}}）{{/if}}：</p>
<p>{{zh duty}}的截止时间为 <strong>{{dueOn}} 24:00（北京时间）</strong>，请尽快办理。</p>
<p>期限计算说明：</p>${EXPLANATION_HTML}
<p>办理入口：<a href="{{caseUrl}}">点此打开</a></p>${CONTACT_ZH_HTML}${FOOTER_ZH_HTML}`,
  },
  en: {
    subject: 'Reminder: {{en duty}} for {{subjectName}} is due {{dueOn}} 24:00',
    text: `{{subjectName}}: {{en duty}} is due by {{dueOn}} 24:00 China time.

How the date was computed:${EXPLANATION_TEXT}

Your case: {{caseUrl}}

${CONTACT_EN}${FOOTER_EN}`,
    html: `<p>{{subjectName}}: {{en duty}} is due by <strong>{{dueOn}} 24:00 China time</strong>.</p>${EXPLANATION_HTML}<p><a href="{{caseUrl}}">Open the page</a></p>${CONTACT_EN_HTML}${FOOTER_EN_HTML}`,
  },
};

/** To the party that missed the deadline: it has passed, act now. */
export const DEADLINE_OVERDUE_TEMPLATE: NoticeTemplateSource<DeadlineNoticeProps> = {
  propsClass: DeadlineNoticeProps,
  'zh-CN': {
    subject: '【逾期】{{subjectName}}：{{zh duty}}已于{{dueOn}} 24:00逾期',
    text: `{{subjectName}}{{#if uscc}}（统一社会信用代码：{{uscc}}）{{/if}}：

{{zh duty}}的截止时间 {{dueOn}} 24:00（北京时间）已过，尚未办理。请立即办理；{{#if (eq escalatedTo "admin")}}逾期情况已报平台管理员。{{else}}逾期情况已告知所在地卫生健康部门。{{/if}}

期限计算说明：${EXPLANATION_TEXT}

办理入口：{{caseUrl}}

${CONTACT_ZH}${FOOTER_ZH}`,
    html: `<p>{{subjectName}}{{#if uscc}}（统一社会信用代码：{{uscc}}）{{/if}}：</p>
<p>{{zh duty}}的截止时间 <strong>{{dueOn}} 24:00（北京时间）</strong>已过，尚未办理。请立即办理；{{#if (eq escalatedTo "admin")}}逾期情况已报平台管理员。{{else}}逾期情况已告知所在地卫生健康部门。{{/if}}</p>
<p>期限计算说明：</p>${EXPLANATION_HTML}
<p>办理入口：<a href="{{caseUrl}}">点此打开</a></p>${CONTACT_ZH_HTML}${FOOTER_ZH_HTML}`,
  },
  en: {
    subject: 'Overdue: {{en duty}} for {{subjectName}} was due {{dueOn}} 24:00',
    text: `{{subjectName}}: {{en duty}} was due by {{dueOn}} 24:00 China time and has not been done. Please act now; {{#if (eq escalatedTo "admin")}}the administrators have been told.{{else}}the county health department has been told.{{/if}}

How the date was computed:${EXPLANATION_TEXT}

Your case: {{caseUrl}}

${CONTACT_EN}${FOOTER_EN}`,
    html: `<p>{{subjectName}}: {{en duty}} was due by <strong>{{dueOn}} 24:00 China time</strong> and has not been done.</p>${EXPLANATION_HTML}<p><a href="{{caseUrl}}">Open the page</a></p>${CONTACT_EN_HTML}${FOOTER_EN_HTML}`,
  },
};

/** To the supervising party (department or administrator): a deadline under it was missed. */
export const DEADLINE_ESCALATION_TEMPLATE: NoticeTemplateSource<DeadlineNoticeProps> = {
  propsClass: DeadlineNoticeProps,
  'zh-CN': {
    subject: '【逾期督办】{{subjectName}}未在{{dueOn}}前完成{{zh duty}}',
    text: `{{subjectName}}{{#if uscc}}（统一社会信用代码：{{uscc}}）{{/if}}未在 {{dueOn}} 24:00（北京时间）前完成{{zh duty}}。

请督促办理。案件：{{caseUrl}}

期限计算说明：${EXPLANATION_TEXT}

${FOOTER_ZH}`,
    html: `<p>{{subjectName}}{{#if uscc}}（统一社会信用代码：{{uscc}}）{{/if}}未在 <strong>{{dueOn}} 24:00（北京时间）</strong>前完成{{zh duty}}。</p>
<p>请督促办理。案件：<a href="{{caseUrl}}">点此打开</a></p>${EXPLANATION_HTML}${FOOTER_ZH_HTML}`,
  },
  en: {
    subject: 'Escalation: {{subjectName}} missed {{en duty}} due {{dueOn}}',
    text: `{{subjectName}} did not complete {{en duty}} by {{dueOn}} 24:00 China time. Please follow up: {{caseUrl}}

How the date was computed:${EXPLANATION_TEXT}

${FOOTER_EN}`,
    html: `<p>{{subjectName}} did not complete {{en duty}} by <strong>{{dueOn}} 24:00 China time</strong>.</p>${EXPLANATION_HTML}<p><a href="{{caseUrl}}">Open the page</a></p>${FOOTER_EN_HTML}`,
  },
};

/** A loaded holiday notice changed the due date: the new date, the old one, and why. */
export const DEADLINE_MOVED_TEMPLATE: NoticeTemplateSource<DeadlineNoticeProps> = {
  propsClass: DeadlineNoticeProps,
  'zh-CN': {
    subject: '【期限调整】{{subjectName}}：{{zh duty}}截止时间调整为{{dueOn}} 24:00',
    text: `{{subjectName}}{{#if uscc}}（统一社会信用代码：{{uscc}}）{{/if}}：

根据新公布的节假日安排，{{zh duty}}的截止时间由 {{previousDueOn}} 调整为 {{dueOn}} 24:00（北京时间）。

期限计算说明：${EXPLANATION_TEXT}

办理入口：{{caseUrl}}

${CONTACT_ZH}${FOOTER_ZH}`,
    html: `<p>{{subjectName}}{{#if uscc}}（统一社会信用代码：{{uscc}}）{{/if}}：</p>
<p>根据新公布的节假日安排，{{zh duty}}的截止时间由 {{previousDueOn}} 调整为 <strong>{{dueOn}} 24:00（北京时间）</strong>。</p>
<p>期限计算说明：</p>${EXPLANATION_HTML}
<p>办理入口：<a href="{{caseUrl}}">点此打开</a></p>${CONTACT_ZH_HTML}${FOOTER_ZH_HTML}`,
  },
  en: {
    subject: 'Due date changed: {{en duty}} for {{subjectName}} is now due {{dueOn}} 24:00',
    text: `{{subjectName}}: after the holiday notice was published, {{en duty}} is due by {{dueOn}} 24:00 China time (was {{previousDueOn}}).

How the date was computed:${EXPLANATION_TEXT}

Your case: {{caseUrl}}

${CONTACT_EN}${FOOTER_EN}`,
    html: `<p>{{subjectName}}: {{en duty}} is now due by <strong>{{dueOn}} 24:00 China time</strong> (was {{previousDueOn}}).</p>${EXPLANATION_HTML}<p><a href="{{caseUrl}}">Open the page</a></p>${CONTACT_EN_HTML}${FOOTER_EN_HTML}`,
  },
};
