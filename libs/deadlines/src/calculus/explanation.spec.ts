import { ChineseDaysCalendar } from './chinese-days-calendar';
import { explainIn, knownSteps } from './explanation';
import { PeriodUnit, computeDeadline } from './period';

const calendar = new ChineseDaysCalendar();
const loaded2027 = new ChineseDaysCalendar([
  {
    year: 2027,
    source: '国办发明电〔2026〕7号',
    holidays: [{ date: '2027-10-01', name: '国庆节 National Day' }],
    makeUpWorkdays: [],
  },
]);

describe('a computed deadline explained in Chinese (zh-CN notices)', () => {
  it.each<[string, ChineseDaysCalendar, string, number, PeriodUnit, string[]]>([
    [
      '15 日 across 国庆 (domain.md worked example)',
      calendar,
      '2026-09-16',
      15,
      'calendar',
      [
        '自2026-09-16次日起算，当日不计入（《民法典》第二百零一条）；15日期间的最后一日为2026-10-01。',
        '2026-10-01为法定节假日（国庆节）。',
        '2026-10-04为法定节假日（国庆节）。',
        '期限最后一日为法定休假日，顺延至休假日结束的次日2026-10-08（《民法典》第二百零三条）。',
        '期限于2026-10-08 24:00（北京时间）届满。',
        '节假日依据：国务院办公厅关于2026年部分节假日安排的通知。',
      ],
    ],
    [
      'a plain weekend',
      calendar,
      '2026-11-06',
      15,
      'calendar',
      ['2026-11-21为周末休息日。', '2026-11-22为周末休息日。', '顺延至休假日结束的次日2026-11-23'],
    ],
    [
      'a 调休 working Saturday',
      calendar,
      '2026-09-25',
      15,
      'calendar',
      ['2026-10-10为调休上班日（国庆节），按工作日计算。'],
    ],
    [
      'working days across 国庆',
      calendar,
      '2026-09-28',
      5,
      'working',
      ['5个工作日的最后一日为2026-10-10。', '期间内的', '其中包括2026-10-01（国庆节）'],
    ],
    [
      'months (§202)',
      calendar,
      '2026-08-31',
      1,
      'month',
      ['自2026-08-31起1个月，以到期月的对应日2026-09-30为最后一日'],
    ],
    ['a provisional year', calendar, '2027-09-20', 15, 'calendar', ['2027年节假日安排尚未公布', '日期为暂定。']],
    [
      'a loaded notice',
      loaded2027,
      '2027-09-20',
      15,
      'calendar',
      ['管理员导入的2027年节假日安排（国办发明电〔2026〕7号）。'],
    ],
  ])('%s', (_case, days, start, amount, unit, expected) => {
    const { steps, explanation } = computeDeadline(days, { start, amount, unit });
    const zh = explainIn('zh-CN', steps);
    expect(zh).toHaveLength(explanation.length);
    for (const fragment of expected) expect(zh.join('\n')).toContain(fragment);
    // Every line reads in Chinese: no English word is left once the dates are taken out.
    expect(zh.join('\n').match(/[A-Za-z]{2,}/g)).toBeNull();
    expect(explainIn('en', steps)).toEqual(explanation);
  });
});

describe('steps from a queue or an old row are checked before they are phrased', () => {
  const good = computeDeadline(calendar, { start: '2026-09-16', amount: 15, unit: 'calendar' }).steps;

  it.each<[string, unknown, boolean]>([
    ['computed steps', good, true],
    ['absent (a row or message from before steps)', undefined, false],
    ['empty', [], false],
    ['a code this version does not know', [...good, { code: 'lunar_leap', params: {} }], false],
    ['a parameter missing', [{ code: 'weekend', params: {} }], false],
    ['a list parameter missing', [{ code: 'rest_days_skipped', params: { count: 2 } }], false],
    ['not an object', ['Start 2026-09-16 is not counted'], false],
  ])('%s', (_case, steps, usable) => {
    expect(knownSteps(steps) !== undefined).toBe(usable);
  });
});
