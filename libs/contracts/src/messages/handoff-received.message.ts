import { Equals, IsISO8601, IsUUID } from 'class-validator';

/** filing → registration: the health department side has the registration; the sharing duty is met. */
export class HandoffReceived {
  @Equals(1) v: 1;
  @IsUUID() registrationId: string;
  @IsUUID() filingCaseId: string;
  @IsISO8601({ strict: true }) receivedAt: string;
}
