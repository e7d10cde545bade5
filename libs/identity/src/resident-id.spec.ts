import { checkResidentId, maskResidentId, normalizeResidentId, residentIdCheckCharacter } from './resident-id';

/**
 * Independent oracle from the GB 11643-1999 text: weight of position i (counted 18..2 from the right) is
 * 2^(i−1) mod 11, and the check value is (12 − Σ mod 11) mod 11, written X when it is 10.
 */
function gb11643Check(first17: string): string {
  let sum = 0;
  for (let p = 0; p < 17; p++) {
    let weight = 1;
    for (let k = 0; k < 17 - p; k++) weight = (weight * 2) % 11;
    sum += Number(first17[p]) * weight;
  }
  const check = (12 - (sum % 11)) % 11;
  return check === 10 ? 'X' : String(check);
}

/** A full number around a birth date whose check digit is right, so the date is the only possible fault. */
function withBirthDate(yyyymmdd: string): string {
  const first17 = `510802${yyyymmdd}123`;
  return first17 + gb11643Check(first17);
}

describe('GB 11643 oracle (sanity)', () => {
  it.each([['11010519491231002X'], ['440524188001010014']])('agrees with the standard’s example %s', (id) => {
    expect(gb11643Check(id.slice(0, 17))).toBe(id[17]);
  });
});

describe('checkResidentId', () => {
  it.each([
    ['11010519491231002X', 'GB 11643 example'],
    ['11010519491231002x', 'lower-case x'],
    [' 11010519491231002X ', 'surrounding spaces'],
    [withBirthDate('20000229'), '2000-02-29 (leap: divisible by 400)'],
    [withBirthDate('20240229'), '2024-02-29 (leap)'],
    [withBirthDate('19000101'), 'first accepted year, 1900-01-01'],
    [withBirthDate('19901231'), 'year end'],
    [withBirthDate('20260131'), 'month end, 31 days'],
  ])('accepts %p (%s)', (id) => {
    expect(checkResidentId(id)).toBeUndefined();
  });

  it.each([
    ['19900230', 'February 30'],
    ['20260229', '2026 is not a leap year'],
    ['19000229', '1900 is not a leap year (divisible by 100)'],
    ['19901301', 'month 13'],
    ['19900001', 'month 00'],
    ['19900100', 'day 00'],
    ['19900431', 'April 31'],
    ['19900132', 'January 32'],
    ['18991231', 'before 1900'],
  ])('reports birth_date for a birth date of %s (%s)', (yyyymmdd) => {
    const id = withBirthDate(yyyymmdd);
    const problem = checkResidentId(id);
    expect(problem?.code).toBe('birth_date');
    expect(problem?.message).toContain(`${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6)}`);
  });

  it.each([
    ['110105194912310020', 'X changed to 0'],
    ['110105194912310029', 'X changed to 9'],
    ['21010519491231002X', 'first digit changed'],
    ['11010519491231003X', 'sequence digit changed'],
    ['11010519491213002X', 'two birth-day digits swapped into another real date'],
    [withBirthDate('20000229').slice(0, 17) + '0', 'leap-day number with a wrong check digit'],
  ])('reports checksum for %s (%s)', (id) => {
    expect(checkResidentId(id)?.code).toBe('checksum');
  });

  it('checks the birth date before the check digit (a number wrong in both reports birth_date)', () => {
    expect(checkResidentId('110105199002300010')?.code).toBe('birth_date');
  });

  it('names the expected check digit in the checksum message', () => {
    expect(checkResidentId('110105194912310020')?.message).toContain('GB 11643 gives X');
  });

  it.each([
    ['11010519491231002', '17 characters'],
    ['11010519491231002XX', '19 characters'],
    ['110105194912310', 'old 15-digit number'],
    ['', 'empty'],
    ['1101051949123100XX', 'X before the last position'],
    ['11010519491231002Y', 'letter other than X'],
    ['A1010519491231002X', 'letter at the start'],
    ['110105 9491231002X', 'space inside'],
    ['110105-19491231-002X', 'separators'],
    ['１１010519491231002X', 'full-width digits'],
  ])('reports format for %p (%s)', (id) => {
    expect(checkResidentId(id)?.code).toBe('format');
  });
});

describe('residentIdCheckCharacter', () => {
  it.each([
    ['11010519491231002', 'X'],
    ['44052418800101001', '4'],
    ['00000000000000000', '1'], // Σ = 0
    ['00000000000000001', 'X'], // Σ = 2
    ['10000000000000000', '5'], // Σ = 7
  ])('for %s is %s', (first17, expected) => {
    expect(residentIdCheckCharacter(first17)).toBe(expected);
  });

  // Every digit value at every position at least once (digit d at position p = (p + offset) mod 10).
  const bodies = Array.from({ length: 10 }, (_, offset) =>
    Array.from({ length: 17 }, (_, p) => String((p * 3 + offset) % 10)).join(''),
  );
  it.each(bodies.map((body) => [body]))('agrees with the independent oracle for %s', (body) => {
    expect(residentIdCheckCharacter(body)).toBe(gb11643Check(body));
  });
});

describe('normalizeResidentId', () => {
  it.each([
    ['11010519491231002x', '11010519491231002X'],
    ['  11010519491231002X\n', '11010519491231002X'],
    ['513102199001010014', '513102199001010014'],
  ])('%p → %p', (raw, normalized) => {
    expect(normalizeResidentId(raw)).toBe(normalized);
  });
});

describe('maskResidentId', () => {
  it.each([
    ['513102199001010014', '5131**********0014'],
    ['11010519491231002X', '1101**********002X'],
    ['11010519491231002x', '1101**********002X'],
    [' 513102199001010014 ', '5131**********0014'],
    ['110105491231002', '1101*******1002'],
    ['123456789', '1234*6789'],
    ['12345678', '********'],
    ['123', '***'],
    ['', ''],
  ])('%p → %p', (raw, masked) => {
    expect(maskResidentId(raw)).toBe(masked);
  });

  it.each([['513102199001010014'], ['11010519491231002X']])('never shows the birth date of %s', (id) => {
    expect(maskResidentId(id)).not.toContain(id.slice(6, 14));
  });
});
