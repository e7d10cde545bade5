import { NoticeLocale, NoticeTemplate, validatePayload } from '@tuoyu/contracts';
import Handlebars from 'handlebars';
import {
  DEADLINE_ESCALATION_TEMPLATE,
  DEADLINE_MOVED_TEMPLATE,
  DEADLINE_OVERDUE_TEMPLATE,
  DEADLINE_REMINDER_TEMPLATE,
} from './deadline-notices.template';
import { CHANGE_FILING_SUBMITTED_TEMPLATE } from './change-filing-submitted.template';
import { CORRECTION_REQUESTED_TEMPLATE } from './correction-requested.template';
import { DEPARTMENT_DIGEST_TEMPLATE } from './department-digest.template';
import { FILING_DUE_TEMPLATE } from './filing-due.template';
import { FILING_RECEIPT_TEMPLATE } from './filing-receipt.template';
import { FILING_SUBMITTED_TEMPLATE } from './filing-submitted.template';
import { HANDOFF_ARRIVED_TEMPLATE } from './handoff-arrived.template';
import { NON_COMPLIANCE_TEMPLATE } from './non-compliance.template';
import {
  EVALUATION_RESULT_TEMPLATE,
  RECTIFICATION_ORDERED_TEMPLATE,
  RECTIFICATION_REVIEWED_TEMPLATE,
} from './evaluation-notices.template';
import {
  COMPLAINT_ASSIGNED_TEMPLATE,
  COMPLAINT_RECEIVED_TEMPLATE,
  COMPLAINT_REPLIED_TEMPLATE,
} from './complaint-notices.template';
import { INCIDENT_NOT_REPORTED_TEMPLATE, INCIDENT_REPORTED_TEMPLATE } from './incident-notices.template';
import { explanationLines } from './due-explanation';
import { NoticeTemplateSource } from './notice-template-source';
import { SIGN_IN_CODE_TEMPLATE } from './sign-in-code.template';
import { assertNoResidentId } from './resident-id-guard';

/** Every NoticeTemplate has exactly one source; the compiler refuses a missing one. */
export const TEMPLATE_SOURCES = {
  [NoticeTemplate.FilingDue]: FILING_DUE_TEMPLATE,
  [NoticeTemplate.DeadlineReminder]: DEADLINE_REMINDER_TEMPLATE,
  [NoticeTemplate.DeadlineOverdue]: DEADLINE_OVERDUE_TEMPLATE,
  [NoticeTemplate.DeadlineEscalation]: DEADLINE_ESCALATION_TEMPLATE,
  [NoticeTemplate.DeadlineMoved]: DEADLINE_MOVED_TEMPLATE,
  [NoticeTemplate.FilingSubmitted]: FILING_SUBMITTED_TEMPLATE,
  [NoticeTemplate.ChangeFilingSubmitted]: CHANGE_FILING_SUBMITTED_TEMPLATE,
  [NoticeTemplate.FilingReceipt]: FILING_RECEIPT_TEMPLATE,
  [NoticeTemplate.CorrectionRequested]: CORRECTION_REQUESTED_TEMPLATE,
  [NoticeTemplate.NonCompliance]: NON_COMPLIANCE_TEMPLATE,
  [NoticeTemplate.HandoffArrived]: HANDOFF_ARRIVED_TEMPLATE,
  [NoticeTemplate.DepartmentDigest]: DEPARTMENT_DIGEST_TEMPLATE,
  [NoticeTemplate.RectificationOrdered]: RECTIFICATION_ORDERED_TEMPLATE,
  [NoticeTemplate.RectificationReviewed]: RECTIFICATION_REVIEWED_TEMPLATE,
  [NoticeTemplate.EvaluationResult]: EVALUATION_RESULT_TEMPLATE,
  [NoticeTemplate.ComplaintReceived]: COMPLAINT_RECEIVED_TEMPLATE,
  [NoticeTemplate.ComplaintReplied]: COMPLAINT_REPLIED_TEMPLATE,
  [NoticeTemplate.ComplaintAssigned]: COMPLAINT_ASSIGNED_TEMPLATE,
  [NoticeTemplate.IncidentReported]: INCIDENT_REPORTED_TEMPLATE,
  [NoticeTemplate.IncidentNotReported]: INCIDENT_NOT_REPORTED_TEMPLATE,
  [NoticeTemplate.SignInCode]: SIGN_IN_CODE_TEMPLATE,
} satisfies { [T in NoticeTemplate]: NoticeTemplateSource<object> };

/** The props a template takes (its source's props class), e.g. for typed samples. */
export type NoticePropsOf<T extends NoticeTemplate> =
  (typeof TEMPLATE_SOURCES)[T] extends NoticeTemplateSource<infer P> ? P : never;

export interface RenderedNotice {
  subject: string;
  text: string;
  html: string;
}

// The one helper templates need: choosing a sentence by an enumerated prop (e.g. who a breach went to).
Handlebars.registerHelper('eq', (a: unknown, b: unknown) => a === b);
// Duty names arrive as "托育机构备案 (childcare institution filing)": each locale shows its own half.
Handlebars.registerHelper('zh', (text: string) => dutyIn('zh', text));
Handlebars.registerHelper('en', (text: string) => dutyIn('en', text));

/** The Chinese or the English half of a bilingual "中文 (English)" label; a label without English stays whole. */
export function dutyIn(locale: 'zh' | 'en', text: string): string {
  const match = /^(.*?)\s*\(([^()]*[A-Za-z][^()]*)\)\s*$/.exec(text);
  if (!match) return text;
  return locale === 'zh' ? match[1] : match[2];
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

/**
 * Pure: validates props against the template's class, then renders subject, text and HTML. Refuses a notice
 * that would show a full resident ID number (UnmaskedResidentIdError): email is not a place for one.
 */
export function renderNotice(template: NoticeTemplate, locale: NoticeLocale, props: unknown): RenderedNotice {
  const source: NoticeTemplateSource<object> = TEMPLATE_SOURCES[template];
  const valid = validatePayload(source.propsClass, props, `props of ${template}`);
  const data = { ...valid, explanationLines: explanationLines(locale, valid) };
  const localized = source[locale];
  const key = `${template}:${locale}`;
  const rendered = {
    subject: compile(localized.subject, `${key}:subject`, false)(data).replace(/\s+/g, ' ').trim(),
    text: compile(localized.text, `${key}:text`, false)(data),
    html: compile(localized.html, `${key}:html`, true)(data),
  };
  assertNoResidentId(template, rendered);
  return rendered;
}
