import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayNotEmpty, Equals, IsArray, IsUUID, ValidateNested } from 'class-validator';
import { RegistrationApproved } from './registration-approved.message';

/**
 * How many registrations the importer puts in one RegistrationsImported. The contract takes up to a hundred: a
 * hundred of the longest (200-character names, 300-character addresses, in Chinese) stay under MAX_PAYLOAD_BYTES.
 */
export const REGISTRATIONS_PER_IMPORTED_MESSAGE = 50;

/**
 * registration → filing: registrations brought in by an import, each with its history, handed over together:
 * filing opens their cases in one statement. An import of 100,000 rows is 2,000 messages, not 100,000 jobs
 * and transactions on either side (a new approval is still one RegistrationApproved).
 */
export class RegistrationsImported {
  @Equals(1) v: 1;
  @IsUUID() importId: string;
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => RegistrationApproved)
  registrations: RegistrationApproved[];
}
