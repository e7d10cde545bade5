// Shared pieces of the notice templates, so every notice ends and explains its dates the same way.

export const FOOTER_ZH = '本邮件由托育服务平台自动发送，请勿直接回复。';
export const FOOTER_EN = 'This message was sent automatically; please do not reply.';
export const FOOTER_ZH_HTML = `<p style="color:#888">${FOOTER_ZH}</p>`;
export const FOOTER_EN_HTML = `<p style="color:#888">${FOOTER_EN}</p>`;

export const EXPLANATION_TEXT = `{{#each dueExplanation}}- {{this}}
{{/each}}`;
export const EXPLANATION_HTML = '<ul>{{#each dueExplanation}}<li>{{this}}</li>{{/each}}</ul>';

// The computed explanation lines are in English (they cite 民法典 but explain in words for the case page and the
// English notices); a zh-CN notice states the same rules in Chinese instead, so every line of it reads in Chinese.
export const EXPLANATION_ZH_TEXT = `- 期限自次日起算，当日不计入（《民法典》第二百零一条）；
- 期限最后一日是法定休假日的，以休假日结束的次日为期限最后一日（《民法典》第二百零三条）；
- 截止时间为期限最后一日的 24:00（北京时间）。
`;
export const EXPLANATION_ZH_HTML =
  '<ul><li>期限自次日起算，当日不计入（《民法典》第二百零一条）；</li><li>期限最后一日是法定休假日的，以休假日结束的次日为期限最后一日（《民法典》第二百零三条）；</li><li>截止时间为期限最后一日的 24:00（北京时间）。</li></ul>';

/** 24:00 Asia/Shanghai is when every Tuoyu period ends (民法典 §203). */
export const DUE_ZH = '{{dueOn}} 24:00（北京时间）';
export const DUE_EN = '{{dueOn}} 24:00 China time (UTC+8)';
