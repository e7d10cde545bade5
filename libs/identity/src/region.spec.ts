import { checkRegionCode, regionContains, regionPrefix } from './region';

describe('regionPrefix', () => {
  it.each([
    ['510000', '51', 'province'],
    ['110000', '11', 'province-level municipality'],
    ['512000', '5120', 'prefecture'],
    ['370700', '3707', 'prefecture'],
    ['140500', '1405', 'prefecture (晋城)'],
    ['512002', '512002', 'county (资阳雁江)'],
    ['370781', '370781', 'county-level city (青州)'],
  ])('%s → %s (%s)', (scope, prefix) => {
    expect(regionPrefix(scope)).toBe(prefix);
  });
});

describe('regionContains', () => {
  it.each([
    // province scope
    ['510000', '512002', true],
    ['510000', '512000', true],
    ['510000', '510000', true],
    ['510000', '511002', true],
    ['510000', '520102', false],
    ['510000', '150000', false],
    ['430000', '430200', true],
    ['410000', '140500', false],
    // prefecture scope
    ['512000', '512002', true],
    ['512000', '512000', true],
    ['512000', '511002', false],
    ['512000', '510000', false],
    ['512000', '522002', false],
    ['370700', '370781', true],
    ['140500', '140581', true],
    ['410400', '410402', true],
    ['430200', '430211', true],
    ['430200', '430300', false],
    // county scope: exactly itself
    ['512002', '512002', true],
    ['512002', '512003', false],
    ['512002', '512000', false],
    ['512002', '510000', false],
    ['370781', '370781', true],
    ['370781', '370782', false],
  ])('scope %s contains %s: %p', (scope, code, expected) => {
    expect(regionContains(scope, code)).toBe(expected);
  });
});

describe('checkRegionCode', () => {
  it.each([
    ['140500', '晋城'],
    ['410400', '平顶山'],
    ['370781', '青州'],
    ['430200', '株洲'],
    ['512002', '资阳雁江'],
    ['510000', '四川 (province)'],
    ['512000', '资阳 (prefecture)'],
    ['110101', '北京东城'],
    ['650102', '乌鲁木齐天山 (province 65)'],
    ['710000', '台湾 (71)'],
    ['810000', '香港 (81)'],
    ['820000', '澳门 (82)'],
  ])('accepts %s (%s)', (code) => {
    expect(checkRegionCode(code)).toBeUndefined();
  });

  it.each([
    ['990000', '99'],
    ['991234', '99'],
    ['000000', '00'],
    ['001234', '00'],
    ['100000', '10'],
    ['160000', '16'],
    ['660000', '66'],
    ['700000', '70'],
    ['720000', '72'],
    ['800000', '80'],
    ['830000', '83'],
    ['900000', '90'],
  ])('rejects %s: province %s does not exist', (code, province) => {
    expect(checkRegionCode(code)).toBe(`province ${province} does not exist in GB/T 2260`);
  });

  it.each([['51200'], ['5120021'], ['51200a'], [''], [' 512002'], ['512002 '], ['51-2002'], ['５１２００２']])(
    'rejects %p as not 6 digits',
    (code) => {
      expect(checkRegionCode(code)).toBe('must be a 6-digit GB/T 2260 region code');
    },
  );

  it.each([['510001'], ['510099'], ['110001']])('rejects %s: a county part without a prefecture part', (code) => {
    expect(checkRegionCode(code)).toBe('a county code needs a prefecture part');
  });
});
