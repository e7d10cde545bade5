import {
  ArrayNotEmpty,
  Equals,
  IsArray,
  IsEmail,
  IsEnum,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  Length,
  ValidateIf,
} from 'class-validator';
import { NoticeTemplate } from '../notices/notice-template';

export const NOTICE_LOCALES = ['zh-CN', 'en'] as const;
export type NoticeLocale = (typeof NOTICE_LOCALES)[number];

/**
 * any service → notification: send one notice. The idempotency key names the notice, not the attempt
 * (e.g. deadline + rung + recipient): a key is delivered at most once, however often it is requested.
 * `props` are validated by the notification service against the template's props class.
 */
export class NotificationRequested {
  @Equals(1) v: 1;
  @IsString() @Length(8, 200) idempotencyKey: string;
  @IsEnum(NoticeTemplate) template: NoticeTemplate;
  @IsIn(NOTICE_LOCALES) locale: NoticeLocale;
  @IsArray()
  @ValidateIf((o: NotificationRequested) => !o.unaddressed)
  @ArrayNotEmpty()
  @IsEmail({}, { each: true })
  to: string[];
  /**
   * Why nobody could be addressed (e.g. ADMIN_EMAIL unset); `to` is then empty. The notification service records
   * the notice as a failed delivery with this reason instead of it vanishing (additive, optional: still v 1).
   */
  @IsOptional() @IsString() @Length(1, 500) unaddressed?: string;
  @IsObject() props: Record<string, unknown>;
}
