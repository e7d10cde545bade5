/**
 * Deadline subject types of the evaluation service. A deadline is unique per (subject, kind), so each periodic
 * inspection hangs on the one before it: the first on the evaluation subject (from filing), the next on the
 * inspection that met the previous one.
 */
export const EVALUATION_SUBJECT = 'evaluation_subject';
export const INSPECTION_SUBJECT = 'inspection';
export const RECTIFICATION_ORDER_SUBJECT = 'rectification_order';
export const COMPLAINT_SUBJECT = 'complaint';
export const INCIDENT_SUBJECT = 'incident';
