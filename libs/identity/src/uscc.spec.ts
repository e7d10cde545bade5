import { checkUscc, usccCheckCharacter } from './uscc';

/**
 * Independent oracle, written from the GB 32100-2015 text in docs/domain.md (not from uscc.ts): the 31 code
 * characters valued 0–30 in order, weights Wi = 3^(i−1) mod 31 (by repeated multiplication), check value
 * (31 − Σ Ci·Wi mod 31) mod 31.
 */
const GB32100_CHARACTERS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
function gb32100Weights(): number[] {
  const weights: number[] = [];
  let w = 1;
  for (let i = 1; i <= 17; i++) {
    weights.push(w);
    w = (w * 3) % 31;
  }
  return weights;
}
function gb32100Check(first17: string): string {
  const weights = gb32100Weights();
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += GB32100_CHARACTERS.indexOf(first17[i]) * weights[i];
  return GB32100_CHARACTERS[(31 - (sum % 31)) % 31];
}

const KNOWN_VALID = '91512081MA62K0260E'; // docs/domain.md

/** Published codes of well-known registrants (public registry data). */
const PUBLISHED_CODES: [string, string][] = [
  [KNOWN_VALID, 'docs/domain.md example (9 市场监管, 1 企业, region 512081)'],
  ['91440300708461136T', '腾讯科技（深圳）有限公司'],
  ['914403001922038216', '华为技术有限公司'],
  ['91110000802100433B', '北京百度网讯科技有限公司'],
  ['91110108551385082Q', '小米科技有限责任公司'],
  ['911100007109250324', '中国移动通信集团有限公司'],
  ['91330100716105852F', '阿里巴巴（中国）网络技术有限公司'],
  ['91310000132260250X', '上海汽车集团股份有限公司'],
  ['12100000425006133D', '华东师范大学 (1 机构编制, 2 事业单位)'],
];

describe('GB 32100 oracle (sanity of the independent re-implementation)', () => {
  it('has the weights printed in GB 32100-2015', () => {
    expect(gb32100Weights()).toEqual([1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]);
  });

  it.each(PUBLISHED_CODES)('agrees with the published check character of %s (%s)', (code) => {
    expect(gb32100Check(code.slice(0, 17))).toBe(code[17]);
  });
});

describe('checkUscc', () => {
  it.each(PUBLISHED_CODES)('accepts the published code %s (%s)', (code) => {
    expect(checkUscc(code)).toBeUndefined();
  });

  it.each([
    ['91512081MA62K0260F', 'check character E changed to F'],
    ['91512081MA62K02600', 'check character E changed to 0'],
    ['91512081MA62K0260Y', 'check character E changed to Y'],
    ['92512081MA62K0260E', 'entity type 1 changed to 2'],
    ['91512082MA62K0260E', 'region 512081 changed to 512082'],
    ['91512081MB62K0260E', 'organisation code A changed to B'],
    ['91512081MA62K0261E', 'last organisation code digit 0 changed to 1'],
    ['19512081MA62K0260E', 'first two characters swapped'],
    ['91512081AM62K0260E', 'organisation code letters swapped'],
    ['91440300708461136X', 'Tencent code with check T changed to X'],
    ['914403001922038217', 'Huawei code with check 6 changed to 7'],
  ])('reports checksum for %s (%s)', (code) => {
    const problem = checkUscc(code);
    expect(problem?.code).toBe('checksum');
    expect(problem?.message).toContain(`check character is ${code[17]}`);
  });

  it.each([...GB32100_CHARACTERS].filter((ch) => ch !== 'E').map((ch) => [`91512081MA62K0260${ch}`]))(
    'reports checksum for every other valid check character: %s',
    (code) => {
      expect(checkUscc(code)?.code).toBe('checksum');
    },
  );

  it('names the expected check character in the checksum message', () => {
    expect(checkUscc('91512081MA62K0260F')?.message).toContain('GB 32100 gives E');
  });

  it.each([
    ['91512081MA62K0260I', 'forbidden letter I as check character'],
    ['91512081MA62K0260O', 'forbidden letter O as check character'],
    ['91512081MA62K0260S', 'forbidden letter S as check character'],
    ['91512081MA62K0260V', 'forbidden letter V as check character'],
    ['91512081MA62K0260Z', 'forbidden letter Z as check character'],
    ['91512081MI62K0260E', 'forbidden letter I in the organisation code'],
    ['91512081MO62K0260E', 'forbidden letter O in the organisation code'],
    ['91512081MS62K0260E', 'forbidden letter S in the organisation code'],
    ['91512081MV62K0260E', 'forbidden letter V in the organisation code'],
    ['91512081MZ62K0260E', 'forbidden letter Z in the organisation code'],
    ['91512081ma62k0260e', 'lower case'],
    ['91512081MA62K0260e', 'lower-case check character'],
    ['91512081MA62K0260', '17 characters'],
    ['91512081MA62K0260EE', '19 characters'],
    ['', 'empty'],
    [' 91512081MA62K0260E', 'leading space'],
    ['91512081MA62K0260E ', 'trailing space'],
    ['91512081-MA62K0260E', 'separator'],
    ['9151208１MA62K0260E', 'full-width digit'],
  ])('reports format for %p (%s)', (code) => {
    const problem = checkUscc(code);
    expect(problem?.code).toBe('format');
    expect(problem?.message).toMatch(/18 characters/);
  });
});

describe('usccCheckCharacter', () => {
  it.each(PUBLISHED_CODES)('gives the published check character for %s (%s)', (code) => {
    expect(usccCheckCharacter(code.slice(0, 17))).toBe(code[17]);
  });

  it.each([
    ['00000000000000000', '0'],
    ['10000000000000000', 'Y'], // Σ = 1 → 30
    ['01000000000000000', 'W'], // Σ = 3 → 28
    ['00000000000000001', '3'], // Σ = 28 → 3
    ['Y0000000000000000', '1'], // Σ = 30 → 1
  ])('for %s is %s (hand-computed from the weights)', (first17, expected) => {
    expect(usccCheckCharacter(first17)).toBe(expected);
  });

  // Bodies built by cycling through the whole character set, so every character value meets every weight.
  const bodies = Array.from({ length: 31 }, (_, offset) =>
    Array.from({ length: 17 }, (_, i) => GB32100_CHARACTERS[(offset + i * 7) % 31]).join(''),
  );
  it.each(bodies.map((body) => [body]))('agrees with the independent oracle for %s', (body) => {
    expect(usccCheckCharacter(body)).toBe(gb32100Check(body));
    expect(checkUscc(body + gb32100Check(body))).toBeUndefined();
  });
});
