import type { ComplaintCategory } from './complaint-categories';

/** A complaint as it arrives, from the public form or a 12345 transfer. */
export interface ComplaintIntake {
  contact?: { name?: string; email?: string; phone?: string };
  /** The institution by name or USCC (at least one). */
  institutionName?: string;
  institutionUscc?: string;
  /** Where it is, when the complainant knows: used when the institution is not identified. */
  regionCode?: string;
  category: ComplaintCategory;
  facts: string;
}

export interface HotlineTransfer extends ComplaintIntake {
  hotlineCaseNumber: string;
}

export interface ComplaintReceipt {
  reference: string;
  status: string;
  institutionIdentified: boolean;
  regionCode: string | null;
  dueOn: string | null;
  /** True when this was a repeat of a complaint already received: its reference is returned. */
  duplicate: boolean;
}
