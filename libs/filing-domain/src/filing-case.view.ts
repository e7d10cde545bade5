import type { DepartmentContact } from '@tuoyu/contracts';
import { type Deadline, type DeadlineRung, explanationIn, shanghaiIso } from '@tuoyu/deadlines';
import type { FilingCase } from './filing-case.entity';
import type { CorrectionView, FilingCaseProgress } from './filing-case-progress';

/** api.md GET /filings item, with the filing deadline's reminder rungs. */
export interface FilingCaseView {
  id: string;
  uscc: string;
  name: string;
  regionCode: string;
  /** Where the institution's notices and sign-in codes go (from its registration). */
  contactEmail: string;
  status: string;
  dueOn: string;
  dueAt: string;
  dueExplanation: string[];
  /** The same in Chinese, for the institution's page (the stored lines are English). */
  dueExplanationZh: string[];
  registrationApprovedOn: string;
  openedAt: string;
  reminders: { kind: string; fireAt: string; status: string }[];
  receiptNumber: string | null;
  filedOn: string | null;
  nonCompliance: { reasons: string[]; decidedOn: string } | null;
  evaluationLevel: string | null;
  /** The department's deadline to decide on the submission under review (备案回执 within its period), if any. */
  reviewDueAt: string | null;
  reviewDueOn: string | null;
  /** The latest correction request with its items and the institution's correction deadline. */
  correction: CorrectionView | null;
  /** Whom the institution may ask: its county department as the directory has it, when it has one. */
  department: DepartmentContact | null;
}

/** The case's filing deadline, as the view needs it: its rungs and the steps of its computation. */
export interface FilingDeadlineOfCase {
  rungs: DeadlineRung[];
  explanationSteps?: Deadline['explanationSteps'];
}

export function toFilingCaseView(
  filingCase: FilingCase,
  deadline: FilingDeadlineOfCase = { rungs: [] },
  progress?: FilingCaseProgress,
  department?: DepartmentContact,
): FilingCaseView {
  return {
    id: filingCase.id,
    uscc: filingCase.uscc,
    name: filingCase.name,
    regionCode: filingCase.regionCode,
    contactEmail: filingCase.contactEmail,
    status: filingCase.status,
    dueOn: filingCase.dueOn,
    dueAt: shanghaiIso(filingCase.dueAt),
    dueExplanation: filingCase.dueExplanation,
    dueExplanationZh: explanationIn('zh-CN', deadline.explanationSteps, filingCase.dueExplanation),
    registrationApprovedOn: filingCase.registrationApprovedOn,
    openedAt: shanghaiIso(filingCase.openedAt),
    reminders: deadline.rungs.map((r) => ({ kind: r.rung, fireAt: shanghaiIso(r.fireAt), status: r.status })),
    receiptNumber: filingCase.receiptNumber ?? null,
    filedOn: filingCase.filedOn ?? null,
    nonCompliance: filingCase.decidedOn
      ? { reasons: filingCase.nonComplianceReasons ?? [], decidedOn: filingCase.decidedOn }
      : null,
    evaluationLevel: filingCase.evaluationLevel ?? null,
    reviewDueAt: progress?.reviewDueAt ?? null,
    reviewDueOn: progress?.reviewDueOn ?? null,
    correction: progress?.correction ?? null,
    department: department ?? null,
  };
}
