/**
 * GB/T 2260 region codes: PPCCDD (province, prefecture, county). A scope ending in 0000 is a province, in 00 a
 * prefecture. Whether a token's region covers a code is decided on the code's structure.
 */
export function regionContains(scope: string, code: string): boolean {
  return code.startsWith(regionPrefix(scope));
}

const PROVINCES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63,
  64, 65, 71, 81, 82,
]);

/** Format and province are checked strictly; whether the county still exists is not (codes are retired yearly). */
export function checkRegionCode(code: string): string | undefined {
  if (!/^\d{6}$/.test(code)) return 'must be a 6-digit GB/T 2260 region code';
  if (!PROVINCES.has(Number(code.slice(0, 2)))) return `province ${code.slice(0, 2)} does not exist in GB/T 2260`;
  if (code.slice(2, 4) === '00' && code.slice(4) !== '00') return 'a county code needs a prefecture part';
  return undefined;
}

/** The code prefix a scope covers (province: 2 digits, prefecture: 4, county: all 6), for prefix queries. */
export function regionPrefix(scope: string): string {
  if (scope.endsWith('0000')) return scope.slice(0, 2);
  if (scope.endsWith('00')) return scope.slice(0, 4);
  return scope;
}
