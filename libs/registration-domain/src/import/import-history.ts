import type { EvaluationLevel } from '@tuoyu/contracts';
import type { FieldProblem } from '@tuoyu/kernel';

/** An import row's record of what the institution had already done before Tuoyu (all optional). */
export interface ImportRowHistory {
  sharedOn?: string;
  filedOn?: string;
  receiptNumber?: string;
  evaluationLevel?: EvaluationLevel;
  evaluatedOn?: string;
  lastInspectionOn?: string;
}

export const HISTORY_FIELDS = [
  'sharedOn',
  'filedOn',
  'receiptNumber',
  'evaluationLevel',
  'evaluatedOn',
  'lastInspectionOn',
] as const satisfies readonly (keyof ImportRowHistory)[];

const problem = (field: string, code: string, message: string): FieldProblem => ({ field, code, message });

/**
 * A history must be one that could have happened: nothing before the approval or after today, a filing with its
 * receipt number (备案回执), and evaluation or inspection only of a filed institution.
 */
export function historyProblems(approvedOn: string, history: ImportRowHistory, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const { sharedOn, filedOn, receiptNumber, evaluationLevel, evaluatedOn, lastInspectionOn } = history;
  for (const field of ['sharedOn', 'filedOn', 'evaluatedOn', 'lastInspectionOn'] as const) {
    const date = history[field];
    if (!date) continue;
    if (date < approvedOn) problems.push(problem(field, 'before_approval', `${field} ${date} is before approvedOn`));
    if (date > today) problems.push(problem(field, 'future', `${field} ${date} is after today (${today}) in China`));
  }
  if (sharedOn && filedOn && filedOn < sharedOn)
    problems.push(problem('filedOn', 'before_sharing', `filedOn ${filedOn} is before sharedOn ${sharedOn}`));
  if (filedOn && !receiptNumber)
    problems.push(problem('receiptNumber', 'required', 'a filed institution needs its receipt number (备案回执编号)'));
  if (receiptNumber && !filedOn)
    problems.push(problem('filedOn', 'required', 'a receipt number needs the day the filing was accepted'));
  if (!filedOn) {
    for (const field of ['evaluationLevel', 'evaluatedOn', 'lastInspectionOn'] as const) {
      if (history[field])
        problems.push(problem(field, 'not_filed', `${field} needs filedOn: only filed institutions are evaluated`));
    }
  }
  if (Boolean(evaluationLevel) !== Boolean(evaluatedOn)) {
    const missing = evaluationLevel ? 'evaluatedOn' : 'evaluationLevel';
    problems.push(problem(missing, 'required', 'evaluationLevel and evaluatedOn go together'));
  }
  if (filedOn && evaluatedOn && evaluatedOn < filedOn)
    problems.push(problem('evaluatedOn', 'before_filing', `evaluatedOn ${evaluatedOn} is before filedOn ${filedOn}`));
  if (filedOn && lastInspectionOn && lastInspectionOn < filedOn)
    problems.push(problem('lastInspectionOn', 'before_filing', `lastInspectionOn is before filedOn ${filedOn}`));
  return problems;
}

/** True when the row says anything about the institution's past. */
export function hasHistory(history: ImportRowHistory): boolean {
  return HISTORY_FIELDS.some((field) => history[field] !== undefined);
}
