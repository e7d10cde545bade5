import { NoticeLocale, NoticeTemplate, validatePayload } from '@tuoyu/contracts';
import Handlebars from 'handlebars';
import {
  DEADLINE_ESCALATION_TEMPLATE,
  DEADLINE_MOVED_TEMPLATE,
  DEADLINE_OVERDUE_TEMPLATE,
  DEADLINE_REMINDER_TEMPLATE,
} from './deadline-notices.template';
import { FILING_DUE_TEMPLATE } from './filing-due.template';
import { NoticeTemplateSource } from './notice-template-source';

/** Every NoticeTemplate has exactly one source; the compiler refuses a missing one. */
export const TEMPLATE_SOURCES: { [T in NoticeTemplate]: NoticeTemplateSource<object> } = {
  [NoticeTemplate.FilingDue]: FILING_DUE_TEMPLATE,
  [NoticeTemplate.DeadlineReminder]: DEADLINE_REMINDER_TEMPLATE,
  [NoticeTemplate.DeadlineOverdue]: DEADLINE_OVERDUE_TEMPLATE,
  [NoticeTemplate.DeadlineEscalation]: DEADLINE_ESCALATION_TEMPLATE,
  [NoticeTemplate.DeadlineMoved]: DEADLINE_MOVED_TEMPLATE,
};

export interface RenderedNotice {
  subject: string;
  text: string;
  html: string;
}

const compiled = new Map<string, HandlebarsTemplateDelegate>();

function compile(source: string, key: string, escape: boolean): HandlebarsTemplateDelegate {
  let template = compiled.get(key);
  if (!template) {
    template = Handlebars.compile(source, { noEscape: !escape, strict: true });
    compiled.set(key, template);
  }
  return template;
}

/** Pure: validates props against the template's class, then renders subject, text and HTML. */
export function renderNotice(template: NoticeTemplate, locale: NoticeLocale, props: unknown): RenderedNotice {
  const source = TEMPLATE_SOURCES[template];
  const data = validatePayload(source.propsClass, props, `props of ${template}`);
  const localized = source[locale];
  const key = `${template}:${locale}`;
  return {
    subject: compile(localized.subject, `${key}:subject`, false)(data).replace(/\s+/g, ' ').trim(),
    text: compile(localized.text, `${key}:text`, false)(data),
    html: compile(localized.html, `${key}:html`, true)(data),
  };
}
