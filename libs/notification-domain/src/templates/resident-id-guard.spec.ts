import { InvalidMessageError, NoticeLocale, NoticeTemplate } from '@tuoyu/contracts';
import { residentIdCheckCharacter } from '@tuoyu/identity';
import { findResidentIds } from '@tuoyu/identity';
import { SAMPLE_PROPS } from './sample-props';
import { renderNotice } from './template-registry';
import { UnmaskedResidentIdError } from './unmasked-resident-id.error';

const withCheck = (first17: string) => `${first17}${residentIdCheckCharacter(first17)}`;
const FULL = withCheck('51200219900307001'); // a valid GB 11643 number
const FULL_X = '11010519491231002X'; // check character X
const MASKED = '5120**********0014';
const WRONG_CHECK = `${FULL.slice(0, 17)}${FULL[17] === '0' ? '1' : '0'}`;

describe('findResidentIds', () => {
  it.each<[string, string, string[]]>([
    ['a full number alone', FULL, [`${FULL.slice(0, 4)}**********${FULL.slice(-4)}`]],
    [
      'a full number inside Chinese text',
      `法定代表人身份证号码${FULL}与登记不一致`,
      [`5120**********${FULL.slice(-4)}`],
    ],
    ['a number ending in X', `ID ${FULL_X}.`, ['1101**********002X']],
    ['a number ending in lower-case x', `ID ${FULL_X.toLowerCase()}`, ['1101**********002X']],
    [
      'a number written 6-8-4 with spaces',
      `${FULL.slice(0, 6)} ${FULL.slice(6, 14)} ${FULL.slice(14)}`,
      [MASKED.slice(0, 4) + '**********' + FULL.slice(-4)],
    ],
    [
      'a number written 6-8-4 with hyphens',
      `${FULL.slice(0, 6)}-${FULL.slice(6, 14)}-${FULL.slice(14)}`,
      [`5120**********${FULL.slice(-4)}`],
    ],
    ['two numbers', `${FULL} / ${FULL_X}`, [`5120**********${FULL.slice(-4)}`, '1101**********002X']],
    ['a masked number', `身份证号码 ${MASKED}`, []],
    ['a wrong check digit (not a resident ID)', WRONG_CHECK, []],
    ['an impossible birth date', withCheck('51200219901332001'), []],
    ['a USCC', '91512081MA62K0260E', []],
    ['18 digits inside a longer number', `9${FULL}`, []],
    ['18 digits followed by a letter', `${FULL}A`, []],
    ['a due date and time', '2026-10-08 24:00（北京时间）', []],
  ])('%s', (_case, text, expected) => {
    expect(findResidentIds(text)).toEqual(expected);
  });
});

const CORRECTION = SAMPLE_PROPS[NoticeTemplate.CorrectionRequested];

describe('renderNotice refuses a full resident ID number', () => {
  it.each<[string, NoticeTemplate, Record<string, unknown>, string]>([
    [
      'in a correction reason',
      NoticeTemplate.CorrectionRequested,
      { ...CORRECTION, items: [{ item: '法定代表人身份证明', reason: `身份证号码 ${FULL} 有误` }] },
      'text, html',
    ],
    [
      'in an institution name (subject too)',
      NoticeTemplate.FilingDue,
      { ...SAMPLE_PROPS[NoticeTemplate.FilingDue], institutionName: `托育中心${FULL}` },
      'subject, text, html',
    ],
    [
      'in a non-compliance reason',
      NoticeTemplate.NonCompliance,
      { ...SAMPLE_PROPS[NoticeTemplate.NonCompliance], reasons: [`保育人员 ${FULL_X} 已被终身禁入`] },
      'text, html',
    ],
    [
      'in a due-date explanation',
      NoticeTemplate.DeadlineReminder,
      {
        ...SAMPLE_PROPS[NoticeTemplate.DeadlineReminder],
        // An administrator's free text reaches the explanation through a loaded holiday notice's source.
        dueExplanationSteps: [
          {
            code: 'calendar',
            params: { year: 2027, kind: 'loaded_notice', description: `notice ${FULL}`, source: `通知${FULL}` },
          },
        ],
      },
      'text, html',
    ],
    [
      'in a digest line',
      NoticeTemplate.DepartmentDigest,
      {
        ...SAMPLE_PROPS[NoticeTemplate.DepartmentDigest],
        overdue: [{ name: `负责人${FULL}`, uscc: '91512081MA62K0260E', status: 'overdue', dueOn: '2026-10-08' }],
      },
      'text, html',
    ],
  ])('%s', (_case, template, props, where) => {
    for (const locale of ['zh-CN', 'en'] as NoticeLocale[]) {
      let error: unknown;
      try {
        renderNotice(template, locale, props);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(UnmaskedResidentIdError);
      // Retrying cannot help: the queue consumer fails it at once, as any invalid message.
      expect(error).toBeInstanceOf(InvalidMessageError);
      const message = (error as Error).message;
      expect(message).toContain(`props of ${template} would show a full resident ID number`);
      expect(message).toContain(`in the ${where}:`);
      expect(message).not.toContain(FULL);
      expect(message).not.toContain(FULL_X);
    }
  });

  it.each<[NoticeLocale]>([['zh-CN'], ['en']])('renders the masked form (%s)', (locale) => {
    const { text, html } = renderNotice(NoticeTemplate.CorrectionRequested, locale, CORRECTION);
    expect(text).toContain(MASKED);
    expect(html).toContain(MASKED);
  });
});
