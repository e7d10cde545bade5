import type { InspectionFindings, ItemResult } from './assess-inspection';

/** An inspection as the inspector submits it. */
export interface InspectionCommand extends InspectionFindings {
  inspectedOn: string;
  /** The inspector's rectification deadline; required when any item fails. */
  rectificationDueOn?: string;
}

export interface InspectionOutcome {
  inspectionId: string;
  subjectId: string;
  kind: 'routine' | 're_inspection';
  inspectedOn: string;
  passed: boolean;
  results: ItemResult[];
  rectificationOrder?: { id: string; status: string; orderedDueOn: string; dueOn: string; items: ItemResult[] };
  nextInspectionDueOn?: string;
}
