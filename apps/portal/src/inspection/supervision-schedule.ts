import type { components } from '../api-types/evaluation';

export type SubjectSummary = components['schemas']['EvaluationSubjectSummaryDto'];

/** One institution's supervision work: the next inspection and evaluation due, and its open rectifications. */
export interface ScheduleRow {
  subject: SubjectSummary;
  inspectionDueOn: string | null;
  evaluationDueOn: string | null;
  rectificationsOpen: number;
  rectificationDueOn: string | null;
  /** The earliest open deadline of any kind: the list's order. */
  nextDueOn: string | null;
}

function earliestOpen(subject: SubjectSummary, kind: string): string | null {
  const open = subject.deadlines.filter((d) => d.kind === kind && d.status === 'open').map((d) => d.dueOn);
  return open.sort()[0] ?? null;
}

/** The region's subjects as a schedule: whatever is due soonest first, subjects with nothing open last. */
export function supervisionSchedule(subjects: SubjectSummary[]): ScheduleRow[] {
  return subjects
    .map((subject): ScheduleRow => {
      const open = subject.deadlines.filter((d) => d.status === 'open');
      return {
        subject,
        inspectionDueOn: earliestOpen(subject, 'supervision_inspection'),
        evaluationDueOn: earliestOpen(subject, 'quality_evaluation'),
        rectificationsOpen: open.filter((d) => d.kind === 'rectification').length,
        rectificationDueOn: earliestOpen(subject, 'rectification'),
        nextDueOn: open.map((d) => d.dueOn).sort()[0] ?? null,
      };
    })
    .sort((a, b) => (a.nextDueOn ?? '9999').localeCompare(b.nextDueOn ?? '9999'));
}
