import { csvColumnsToBody, formatOf, readImportRecords } from './registration-record';

describe('bulk import records', () => {
  it.each([
    ['registrations.csv', 'csv'],
    ['REGISTRATIONS.CSV', 'csv'],
    ['registrations.ndjson', 'ndjson'],
    ['registrations.jsonl', 'ndjson'],
  ])('%s is %s', (name, format) => {
    expect(formatOf(name)).toBe(format);
  });

  it.each([
    [
      { uscc: 'X', capacity: '60' },
      { uscc: 'X', capacity: 60 },
    ],
    [{ inclusive: 'true' }, { inclusive: true }],
    [{ inclusive: 'yes' }, { inclusive: 'yes' }],
    [{ capacity: 'sixty' }, { capacity: 'sixty' }],
    [{ serviceTypes: 'full_day| half_day' }, { serviceTypes: ['full_day', 'half_day'] }],
    [{ 'contact.email': 'a@b.cn', 'contact.phone': '1' }, { contact: { email: 'a@b.cn', phone: '1' } }],
    [{ name: '', address: 'x' }, { address: 'x' }],
  ])('converts CSV columns %p', (columns, body) => {
    expect(csvColumnsToBody(columns)).toEqual(body);
  });

  it('numbers NDJSON lines and reports an unreadable one without losing the others', () => {
    const records = readImportRecords('{"uscc":"A"}\n\n{bad\n{"uscc":"B"}\n', 'ndjson');
    expect(records.map((r) => [r.row, r.unreadable ? 'unreadable' : (r.data as { uscc: string }).uscc])).toEqual([
      [1, 'A'],
      [3, 'unreadable'],
      [4, 'B'],
    ]);
  });

  it('reads CSV with a BOM, quotes and Chinese text', () => {
    const csv =
      '\uFEFFuscc,name,contact.email,serviceTypes\n91512081MA62K0260E,"雁江区托育, 一园",a@b.cn,full_day|hourly\n';
    expect(readImportRecords(csv, 'csv')).toEqual([
      {
        row: 1,
        data: {
          uscc: '91512081MA62K0260E',
          name: '雁江区托育, 一园',
          contact: { email: 'a@b.cn' },
          serviceTypes: ['full_day', 'hourly'],
        },
      },
    ]);
  });
});
