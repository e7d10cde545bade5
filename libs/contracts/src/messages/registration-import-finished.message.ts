import { Equals, IsInt, IsUUID, Min } from 'class-validator';

/**
 * registration → filing: an import job finished; `created` registrations of it were handed over. Filing sends
 * each department one summary once it has opened every case of the import.
 */
export class RegistrationImportFinished {
  @Equals(1) v: 1;
  @IsUUID() importId: string;
  @IsInt() @Min(1) created: number;
}
