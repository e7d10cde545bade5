import { ImportRowHistory, historyProblems } from './import-history';

const APPROVED = '2026-03-01';
const TODAY = '2026-11-20';

describe('an imported institution history', () => {
  it.each<[string, ImportRowHistory, string[]]>([
    ['nothing', {}, []],
    ['shared only', { sharedOn: '2026-03-05' }, []],
    ['filed with receipt', { sharedOn: '2026-03-05', filedOn: '2026-03-10', receiptNumber: 'R-1' }, []],
    [
      'filed, evaluated, inspected',
      {
        filedOn: '2026-03-10',
        receiptNumber: 'R-1',
        evaluationLevel: 'B',
        evaluatedOn: '2026-09-01',
        lastInspectionOn: '2026-10-01',
      },
      [],
    ],
    ['shared before approval', { sharedOn: '2026-02-01' }, ['sharedOn:before_approval']],
    ['shared in the future', { sharedOn: '2026-12-01' }, ['sharedOn:future']],
    ['filed without receipt', { filedOn: '2026-03-10' }, ['receiptNumber:required']],
    ['receipt without filing', { receiptNumber: 'R-1' }, ['filedOn:required']],
    [
      'filed before shared',
      { sharedOn: '2026-03-10', filedOn: '2026-03-05', receiptNumber: 'R' },
      ['filedOn:before_sharing'],
    ],
    ['inspected but not filed', { lastInspectionOn: '2026-05-01' }, ['lastInspectionOn:not_filed']],
    [
      'level without date',
      { filedOn: '2026-03-10', receiptNumber: 'R', evaluationLevel: 'A' },
      ['evaluatedOn:required'],
    ],
    [
      'evaluated before filing',
      { filedOn: '2026-03-10', receiptNumber: 'R', evaluationLevel: 'A', evaluatedOn: '2026-03-02' },
      ['evaluatedOn:before_filing'],
    ],
  ])('%s', (_name, history, expected) => {
    expect(historyProblems(APPROVED, history, TODAY).map((p) => `${p.field}:${p.code}`)).toEqual(expected);
  });
});
