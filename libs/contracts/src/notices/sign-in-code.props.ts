import { IsLocalDate } from '@tuoyu/kernel';
import { IsInt, IsString, Length, Matches, Max, Min } from 'class-validator';

/** A one-time sign-in code for the portal, sent to the address the directory or registration holds. */
export class SignInCodeProps {
  /** Who asked: the institution, department, authority or administrators. */
  @IsString() @Length(1, 200) subjectName: string;
  /** The day it was asked for (China time), so an old message is recognisable. */
  @IsLocalDate() date: string;
  @Matches(/^\d{6}$/) code: string;
  @IsInt() @Min(1) @Max(60) validMinutes: number;
}
