import { EntityManager } from '@mikro-orm/postgresql';
import { Deadline, shanghaiIso } from '@tuoyu/deadlines';
import { CORRECTION_REQUEST_SUBJECT } from './review/correction-deadline.handler';
import { CorrectionRequest } from './review/correction-request.entity';
import { FilingSubmission } from './submission/filing-submission.entity';
import { FILING_SUBMISSION_SUBJECT } from './submission/submission-deadline.handler';

/** The latest correction request (一次性告知) of a case: what the institution must correct, and by when. */
export interface CorrectionView {
  items: { item: string; reason: string }[];
  requestedOn: string;
  dueOn: string | null;
  dueAt: string | null;
  status: string;
}

/** Where a case stands with the department: the review clock of the submission under review, the last correction. */
export interface FilingCaseProgress {
  reviewDueAt: string | null;
  reviewDueOn: string | null;
  correction: CorrectionView | null;
}

/**
 * Reads the department's review deadline and the latest correction request of many cases in three queries, so a
 * worklist can show each case's countdown without one query per row.
 */
export async function progressByCase(em: EntityManager, caseIds: string[]): Promise<Map<string, FilingCaseProgress>> {
  const progress = new Map<string, FilingCaseProgress>(
    caseIds.map((id) => [id, { reviewDueAt: null, reviewDueOn: null, correction: null }]),
  );
  if (caseIds.length === 0) return progress;
  const underReview = await em.find(
    FilingSubmission,
    { filingCase: { $in: caseIds }, outcome: 'under_review' },
    { fields: ['id', 'filingCase'] },
  );
  const corrections = await em.find(
    CorrectionRequest,
    { filingCase: { $in: caseIds } },
    { orderBy: { requestedOn: 'desc', id: 'asc' } },
  );
  const caseOfSubject = new Map<string, string>([
    ...underReview.map((s) => [s.id, s.filingCase.id] as [string, string]),
    ...corrections.map((c) => [c.id, c.filingCase.id] as [string, string]),
  ]);
  const deadlines = caseOfSubject.size
    ? await em.find(Deadline, {
        $or: [
          {
            subjectType: FILING_SUBMISSION_SUBJECT,
            kind: 'department_receipt',
            subjectId: { $in: underReview.map((s) => s.id) },
          },
          {
            subjectType: CORRECTION_REQUEST_SUBJECT,
            kind: 'correction',
            subjectId: { $in: corrections.map((c) => c.id) },
          },
        ],
      })
    : [];
  const deadlineOf = new Map(deadlines.map((d) => [d.subjectId, d]));
  for (const submission of underReview) {
    const deadline = deadlineOf.get(submission.id);
    const entry = progress.get(submission.filingCase.id);
    if (deadline && entry) {
      entry.reviewDueAt = shanghaiIso(deadline.dueAt);
      entry.reviewDueOn = deadline.dueOn;
    }
  }
  for (const request of corrections) {
    const entry = progress.get(request.filingCase.id);
    if (!entry || entry.correction) continue; // the newest request only (ordered newest first)
    const deadline = deadlineOf.get(request.id);
    entry.correction = {
      items: request.items.map(({ item, reason }) => ({ item, reason })),
      requestedOn: request.requestedOn,
      dueOn: deadline?.dueOn ?? null,
      dueAt: deadline ? shanghaiIso(deadline.dueAt) : null,
      status: request.status,
    };
  }
  return progress;
}
