import { IsEmail, IsString, Length } from 'class-validator';

/** The county health department an institution deals with: whom to ask about a notice (from the directory). */
export class DepartmentContact {
  @IsString() @Length(1, 200) name: string;
  @IsEmail({ require_tld: false }) email: string;
}
