// Shared pieces of the notice templates, so every notice ends and explains its dates the same way.

export const FOOTER_ZH = '本邮件由托育服务平台自动发送，请勿直接回复。';
export const FOOTER_EN = 'This message was sent automatically; please do not reply.';
export const FOOTER_ZH_HTML = `<p style="color:#888">${FOOTER_ZH}</p>`;
export const FOOTER_EN_HTML = `<p style="color:#888">${FOOTER_EN}</p>`;

// How the due date was computed, in the notice's language (explanationLines, added by renderNotice). The text
// form goes right after its heading ("期限计算说明：${EXPLANATION_TEXT}") and is followed by a blank line.
//
// A text list's lines start with their newline rather than end with one, here and in every template: a closing
// `{{/each}}` or `{{/if}}` alone on its line is a Handlebars "standalone" tag, which eats the newline after it,
// and with it the blank line that should part the list from the next paragraph.
export const EXPLANATION_TEXT = '{{#each explanationLines}}\n- {{this}}{{/each}}';
export const EXPLANATION_HTML = '<ul>{{#each explanationLines}}<li>{{this}}</li>{{/each}}</ul>';

/** 24:00 Asia/Shanghai is when every Tuoyu period ends (民法典 §203). */
export const DUE_ZH = '{{dueOn}} 24:00（北京时间）';
export const DUE_EN = '{{dueOn}} 24:00 China time (UTC+8)';

// Whom an institution may ask about a notice: its county department from the directory, when known. The text
// forms end with a blank line, so they sit right before the footer (or the end) whether shown or not.
export const CONTACT_ZH = `{{#if department}}如有疑问，请联系{{department.name}}（{{#if department.phone}}电话：{{department.phone}}，{{/if}}电子邮箱：{{department.email}}）。

{{/if}}`;
export const CONTACT_EN = `{{#if department}}Questions: {{department.name}}, {{#if department.phone}}tel. {{department.phone}}, {{/if}}{{department.email}}.

{{/if}}`;
export const CONTACT_ZH_HTML =
  '{{#if department}}<p>如有疑问，请联系{{department.name}}（{{#if department.phone}}电话：<a href="tel:{{department.phone}}">{{department.phone}}</a>，{{/if}}电子邮箱：<a href="mailto:{{department.email}}">{{department.email}}</a>）。</p>{{/if}}';
export const CONTACT_EN_HTML =
  '{{#if department}}<p>Questions: {{department.name}}, {{#if department.phone}}tel. <a href="tel:{{department.phone}}">{{department.phone}}</a>, {{/if}}<a href="mailto:{{department.email}}">{{department.email}}</a>.</p>{{/if}}';
