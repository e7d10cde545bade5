import { IsEmail, IsOptional, IsString, Length } from 'class-validator';
import { IsPhoneNumberText } from './phone-number';

/** The county health department an institution deals with: whom to ask about a notice (from the directory). */
export class DepartmentContact {
  @IsString() @Length(1, 200) name: string;
  @IsEmail({ require_tld: false }) email: string;
  /** The number institutions may call, when the directory has one (older messages have none). */
  @IsOptional() @IsString() @IsPhoneNumberText('department.phone') phone?: string;
}
