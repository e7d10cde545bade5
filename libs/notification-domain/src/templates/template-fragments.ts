// Shared pieces of the notice templates, so every notice ends and explains its dates the same way.

export const FOOTER_ZH = '本邮件由托育服务平台自动发送，请勿直接回复。';
export const FOOTER_EN = 'This message was sent automatically; please do not reply.';
export const FOOTER_ZH_HTML = `<p style="color:#888">${FOOTER_ZH}</p>`;
export const FOOTER_EN_HTML = `<p style="color:#888">${FOOTER_EN}</p>`;

// How the due date was computed, in the notice's language (explanationLines, added by renderNotice).
export const EXPLANATION_TEXT = `{{#each explanationLines}}- {{this}}
{{/each}}`;
export const EXPLANATION_HTML = '<ul>{{#each explanationLines}}<li>{{this}}</li>{{/each}}</ul>';

/** 24:00 Asia/Shanghai is when every Tuoyu period ends (民法典 §203). */
export const DUE_ZH = '{{dueOn}} 24:00（北京时间）';
export const DUE_EN = '{{dueOn}} 24:00 China time (UTC+8)';
