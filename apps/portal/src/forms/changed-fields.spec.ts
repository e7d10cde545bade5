import { touchedByChange } from './changed-fields';

describe('touchedByChange: which fields with a server problem a change touches', () => {
  const ERRORED = ['uscc', 'contact.email', 'classes.carers', 'rectificationDueOn'];
  it.each<[string, unknown, string[]]>([
    ['the field itself', { uscc: '91512081MA62K0260E' }, ['uscc']],
    ['another field', { name: '小星星托育中心' }, []],
    ['a nested field', { contact: { email: 'a@example.cn' } }, ['contact.email']],
    ['a sibling of a nested field', { contact: { phone: '0536-1234567' } }, []],
    ['a list row, indexes dropped', { classes: [undefined, { carers: 3 }] }, ['classes.carers']],
    ['a whole list', { classes: [] }, ['classes.carers']],
    ['an object value (a date picker)', { rectificationDueOn: new Date(0) }, ['rectificationDueOn']],
    ['nothing', {}, []],
  ])('%s', (_case, changed, touched) => {
    expect(touchedByChange(ERRORED, changed)).toEqual(touched);
  });
});
