import { countyName } from './county-list';

describe('countyName (shipped county list, soft check)', () => {
  it.each([
    ['512002', '雁江区'],
    ['140502', '城区'],
    ['410402', '新华区'],
    ['370781', '青州市'],
    ['430202', '荷塘区'],
    ['441900', '东莞市'],
  ])('knows %s as %s', (code, name) => {
    expect(countyName(code)).toBe(name);
  });

  it.each(['512099', '110199', '999999'])('does not know %s', (code) => {
    expect(countyName(code)).toBeUndefined();
  });
});
