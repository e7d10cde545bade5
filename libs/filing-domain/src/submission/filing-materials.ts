/** What an institution files (domain.md: Filing materials), as structured facts and uploaded documents. */

export const DOCUMENT_KINDS = [
  'business_license',
  'premises_proof',
  'staff_qualifications',
  'staff_health_certificates',
  'health_evaluation_report',
  'fire_safety_certificate',
  'food_license',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const STAFF_ROLES = ['director', 'carer', 'health_worker', 'cook', 'security', 'other'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** A document as a submission recorded it: the uploaded document's id, kind, name and content hash. */
export interface SubmittedDocument {
  id: string;
  kind: DocumentKind;
  fileName: string;
  /** Hex SHA-256 the server computed while storing the upload. */
  sha256: string;
}

export interface FilingMaterials {
  /** 备案书 and 备案承诺书 are online forms: the institution confirms both. */
  filingFormConfirmed: boolean;
  commitmentConfirmed: boolean;
  premises: { ownership: 'owned' | 'leased'; leaseYears?: number };
  healthEvaluation: { result: 'qualified' | 'unqualified'; reportNumber: string };
  fireSafety: { kind: 'inspection_certificate' | 'acceptance_opinion'; number: string };
  mealsServed: boolean;
  foodLicenseNumber?: string;
}

export interface StaffMember {
  name: string;
  idNumber: string;
  role: StaffRole;
  qualification?: string;
  healthCertificate: boolean;
}

export interface SubmitFilingCommand {
  materials: FilingMaterials;
  /** Ids of documents uploaded to the case (POST /filings/:id/documents). */
  documents: string[];
  staff: StaffMember[];
}
