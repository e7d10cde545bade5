export const ROLES = ['authority', 'department', 'institution', 'admin', 'hotline'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling, from the bearer token's claims (architecture.md: Access). */
export interface Principal {
  role: Role;
  /** 6-digit GB/T 2260 code for authorities and departments. */
  region?: string;
  /** For institutions. */
  uscc?: string;
  subject?: string;
}
