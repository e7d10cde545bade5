import type { NoticeLocale } from '@tuoyu/contracts';
import { explainIn, knownSteps } from '@tuoyu/deadlines';

/**
 * The rules every period follows, in general: what a zh-CN notice says when its props carry no usable steps
 * (a message queued, or a deadline stored, before the calculus gave steps), since the stored lines are English.
 */
const RULES_ZH = [
  '期限自次日起算，当日不计入（《民法典》第二百零一条）；',
  '期限最后一日是法定休假日的，以休假日结束的次日为期限最后一日（《民法典》第二百零三条）；',
  '截止时间为期限最后一日的 24:00（北京时间）。',
];

/**
 * How a notice's due date was computed, in the notice's language: its steps phrased in that language when they
 * are all known, else the stored English lines (en) or the rules in general (zh-CN). Undefined for a notice
 * without a due date.
 */
export function explanationLines(
  locale: NoticeLocale,
  props: { dueExplanation?: string[]; dueExplanationSteps?: unknown },
): string[] | undefined {
  if (!props.dueExplanation) return undefined;
  const steps = knownSteps(props.dueExplanationSteps);
  if (steps) return explainIn(locale, steps);
  return locale === 'zh-CN' ? RULES_ZH : props.dueExplanation;
}
