import { isLocalDate } from '@tuoyu/kernel';

/** GB 11643-1999 citizen identity number (居民身份证号码). */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export type ResidentIdProblem = { code: 'format' | 'birth_date' | 'checksum'; message: string };

export function residentIdCheckCharacter(first17: string): string {
  const sum = [...first17].reduce((acc, digit, i) => acc + Number(digit) * WEIGHTS[i], 0);
  return CHECK[sum % 11];
}

export function normalizeResidentId(value: string): string {
  return value.trim().toUpperCase();
}

export function checkResidentId(raw: string): ResidentIdProblem | undefined {
  const value = normalizeResidentId(raw);
  if (!/^\d{17}[\dX]$/.test(value))
    return { code: 'format', message: 'must be 17 digits and a digit or X (居民身份证号码)' };
  const birth = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  if (!isLocalDate(birth) || Number(value.slice(6, 10)) < 1900) {
    return { code: 'birth_date', message: `birth date ${birth} is not a real date (出生日期无效)` };
  }
  const expected = residentIdCheckCharacter(value.slice(0, 17));
  if (value[17] !== expected) {
    return { code: 'checksum', message: `check digit is ${value[17]} but GB 11643 gives ${expected} (校验码错误)` };
  }
  return undefined;
}

/** Shown and logged form: first 4 and last 4 kept (e.g. 5131**********0014). */
export function maskResidentId(value: string): string {
  const id = normalizeResidentId(value);
  return id.length <= 8 ? '*'.repeat(id.length) : `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`;
}
