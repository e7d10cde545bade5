import { Matches } from 'class-validator';

/** A telephone number as people write one here: 0832-1234567, 13800000000, (0356) 2021234, +86 10 12345678. */
export const PHONE_NUMBER = /^[0-9+\-() ]{5,32}$/;

/** `field` is named in the message, as a 400 names the field it refuses. */
export const IsPhoneNumberText = (field: string) =>
  Matches(PHONE_NUMBER, { message: `${field} must be 5-32 digits, spaces or + - ( )` });
