/** GB 32100-2015 unified social credit code (统一社会信用代码). */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = Array.from({ length: 17 }, (_, i) => 3 ** i % 31);

export type UsccProblem = { code: 'format' | 'checksum'; message: string };

/** The check character for the first 17 characters (which must be valid code characters). */
export function usccCheckCharacter(first17: string): string {
  const sum = [...first17].reduce((acc, ch, i) => acc + CHARSET.indexOf(ch) * WEIGHTS[i], 0);
  return CHARSET[(31 - (sum % 31)) % 31];
}

export function checkUscc(value: string): UsccProblem | undefined {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(value)) {
    return { code: 'format', message: 'must be 18 characters of 0-9 and A-Y without I, O, S, V, Z (统一社会信用代码)' };
  }
  // Positions 9-17 are an organisation code (letters and digits); the check character covers them all.
  const expected = usccCheckCharacter(value.slice(0, 17));
  if (value[17] !== expected) {
    return { code: 'checksum', message: `check character is ${value[17]} but GB 32100 gives ${expected} (校验码错误)` };
  }
  return undefined;
}
