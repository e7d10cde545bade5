import { IsLocalDate } from '@tuoyu/kernel';
import { Type } from 'class-transformer';
import { Equals, IsArray, IsInt, IsOptional, IsString, Length, Max, Min, ValidateNested } from 'class-validator';

export class NoticeDay {
  @IsLocalDate() date: string;
  @IsString() @Length(1, 100) name: string;
}

/**
 * A service that loaded a year's holiday notice → every other service that owns deadlines: load the same
 * notice, so every deadline in the product is counted on one calendar. Loading is idempotent.
 */
export class HolidayNoticeLoaded {
  @Equals(1) v: 1;
  @IsInt() @Min(2000) @Max(2100) year: number;
  @IsArray() @ValidateNested({ each: true }) @Type(() => NoticeDay) holidays: NoticeDay[];
  @IsArray() @ValidateNested({ each: true }) @Type(() => NoticeDay) makeUpWorkdays: NoticeDay[];
  @IsOptional() @IsString() @Length(1, 200) source?: string;
}
