import { IsLocalDate } from '@tuoyu/kernel';
import { Equals, IsString, IsUUID, Length, Matches } from 'class-validator';

/** filing → evaluation: a filing was accepted (备案回执 issued); evaluation starts its schedule. */
export class FilingAccepted {
  @Equals(1) v: 1;
  @IsUUID() filingCaseId: string;
  @Matches(/^[0-9A-HJ-NPQRTUWXY]{18}$/) uscc: string;
  @IsString() @Length(1, 200) name: string;
  @Matches(/^\d{6}$/) regionCode: string;
  @IsLocalDate() filedOn: string;
}
