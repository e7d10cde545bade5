import { NoticeLocale } from '@tuoyu/contracts';
import { ChineseDaysCalendar, computeDeadline, explainIn } from '@tuoyu/deadlines';
import { explanationLines } from './due-explanation';

const { steps, explanation } = computeDeadline(new ChineseDaysCalendar(), {
  start: '2026-09-16',
  amount: 15,
  unit: 'calendar',
});
const OLD_LINES = ['Start 2026-09-16 is not counted (民法典 第二百零一条); 15 calendar days (15日) end on 2026-10-01.'];

describe('a notice explains its due date in its own language', () => {
  it.each<[string, NoticeLocale, object, string[] | 'rules' | undefined]>([
    ['steps, zh-CN', 'zh-CN', { dueExplanation: explanation, dueExplanationSteps: steps }, explainIn('zh-CN', steps)],
    ['steps, en', 'en', { dueExplanation: explanation, dueExplanationSteps: steps }, explanation],
    // Queued or stored before steps existed: English keeps its lines, Chinese states the rules in general.
    ['no steps (old message), en', 'en', { dueExplanation: OLD_LINES }, OLD_LINES],
    ['no steps (old message), zh-CN', 'zh-CN', { dueExplanation: OLD_LINES }, 'rules'],
    [
      'a step this version does not know, zh-CN',
      'zh-CN',
      { dueExplanation: OLD_LINES, dueExplanationSteps: [{ code: 'lunar_leap', params: {} }] },
      'rules',
    ],
    ['a notice without a due date', 'zh-CN', {}, undefined],
  ])('%s', (_case, locale, props, expected) => {
    const lines = explanationLines(locale, props);
    if (expected === 'rules') {
      expect(lines?.join('')).toContain('第二百零三条');
      expect(lines?.join('')).not.toMatch(/[A-Za-z]/);
    } else {
      expect(lines).toEqual(expected);
    }
  });
});
