import { IsLocalDate } from '@tuoyu/kernel';
import { Equals, IsString, IsUUID, Length, Matches } from 'class-validator';

/** registration → filing: the registration was cancelled (注销); the filing case closes. */
export class RegistrationCancelled {
  @Equals(1) v: 1;
  @IsUUID() registrationId: string;
  @Matches(/^[0-9A-HJ-NPQRTUWXY]{18}$/) uscc: string;
  @IsLocalDate() cancelledOn: string;
  @IsString() @Length(1, 500) reason: string;
}
