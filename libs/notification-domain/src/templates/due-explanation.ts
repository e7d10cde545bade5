import type { NoticeLocale } from '@tuoyu/contracts';
import { explanationIn } from '@tuoyu/deadlines';

/**
 * How a notice's due date was computed, in the notice's language (explanationIn: its steps phrased, else the stored
 * English lines or the rules in general). Undefined for a notice without a due date.
 */
export function explanationLines(
  locale: NoticeLocale,
  props: { dueExplanation?: string[]; dueExplanationSteps?: unknown },
): string[] | undefined {
  if (!props.dueExplanation) return undefined;
  return explanationIn(locale, props.dueExplanationSteps, props.dueExplanation);
}
