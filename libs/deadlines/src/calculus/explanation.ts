import type { CalendarSourceKind } from './statutory-calendar';

/**
 * One step of a computed deadline's reasoning, as a code with its facts rather than a sentence, so each reader
 * states it in its own language: the API and English notices in English, zh-CN notices wholly in Chinese.
 * Stored (deadline.explanation_steps) and carried in notice props: codes and parameters never change meaning;
 * a new step is a new code.
 */
export type ExplanationStep =
  | { code: 'calendar_days'; params: { start: string; amount: number; lastDay: string } }
  | { code: 'working_days'; params: { start: string; amount: number; lastDay: string } }
  | { code: 'months'; params: { start: string; amount: number; lastDay: string } }
  | { code: 'rest_days_skipped'; params: { count: number; holidayDates: string[]; holidayNames: string[] } }
  | { code: 'holiday'; params: { date: string; name: string } }
  | { code: 'weekend'; params: { date: string } }
  | { code: 'moved_to_working_day'; params: { dueOn: string } }
  | { code: 'make_up_workday'; params: { date: string; name: string } }
  | { code: 'ends_at'; params: { dueOn: string; dueAt: string } }
  | {
      code: 'calendar';
      params: { year: number; kind: CalendarSourceKind; description: string; source?: string };
    };

export type ExplanationCode = ExplanationStep['code'];
export type ExplanationLocale = 'zh-CN' | 'en';

type Phrases = { [C in ExplanationCode]: (params: Extract<ExplanationStep, { code: C }>['params']) => string };

/** "国庆节 National Day" → "国庆节"; a name without Chinese stays a plain 法定节假日. */
function chineseName(name: string): string {
  return /^[\u3400-\u9fff《》（）()·]+/.exec(name)?.[0] ?? '法定节假日';
}

const EN: Phrases = {
  calendar_days: ({ start, amount, lastDay }) =>
    `Start ${start} is not counted (民法典 第二百零一条); ${amount} calendar days (${amount}日) end on ${lastDay}.`,
  working_days: ({ start, amount, lastDay }) =>
    `Start ${start} is not counted (民法典 第二百零一条); ${amount} working days (${amount}个工作日) counted after it end on ${lastDay}.`,
  months: ({ start, amount, lastDay }) =>
    `${amount} months (${amount}个月) from ${start} end on the corresponding day ${lastDay} (民法典 第二百零二条).`,
  rest_days_skipped: ({ count, holidayDates, holidayNames }) =>
    `${count} rest days in between were not counted${
      holidayDates.length ? `, including ${holidayDates.map((d, i) => `${d} (${holidayNames[i]})`).join(', ')}` : ''
    }.`,
  holiday: ({ date, name }) => `${date} is a public holiday: ${name}.`,
  weekend: ({ date }) => `${date} is a weekend day.`,
  moved_to_working_day: ({ dueOn }) =>
    `The last day fell on a rest day, so the period ends on the next working day, ${dueOn} (民法典 第二百零三条).`,
  make_up_workday: ({ date, name }) =>
    `${date} is a 调休 make-up working day (${name}), so it counts as a working day.`,
  ends_at: ({ dueOn, dueAt }) => `The period ends at 24:00 Asia/Shanghai on ${dueOn} (${dueAt}).`,
  calendar: ({ description }) => `Calendar: ${description}.`,
};

const ZH: Phrases = {
  calendar_days: ({ start, amount, lastDay }) =>
    `自${start}次日起算，当日不计入（《民法典》第二百零一条）；${amount}日期间的最后一日为${lastDay}。`,
  working_days: ({ start, amount, lastDay }) =>
    `自${start}次日起算，当日不计入（《民法典》第二百零一条）；${amount}个工作日的最后一日为${lastDay}。`,
  months: ({ start, amount, lastDay }) =>
    `自${start}起${amount}个月，以到期月的对应日${lastDay}为最后一日（《民法典》第二百零二条）。`,
  rest_days_skipped: ({ count, holidayDates, holidayNames }) =>
    `期间内的${count}个休息日不计入${
      holidayDates.length
        ? `，其中包括${holidayDates.map((d, i) => `${d}（${chineseName(holidayNames[i])}）`).join('、')}`
        : ''
    }。`,
  holiday: ({ date, name }) => `${date}为法定节假日（${chineseName(name)}）。`,
  weekend: ({ date }) => `${date}为周末休息日。`,
  moved_to_working_day: ({ dueOn }) =>
    `期限最后一日为法定休假日，顺延至休假日结束的次日${dueOn}（《民法典》第二百零三条）。`,
  make_up_workday: ({ date, name }) => `${date}为调休上班日（${chineseName(name)}），按工作日计算。`,
  ends_at: ({ dueOn }) => `期限于${dueOn} 24:00（北京时间）届满。`,
  calendar: ({ year, kind, source }) => {
    switch (kind) {
      case 'official_notice':
        return `节假日依据：国务院办公厅关于${year}年部分节假日安排的通知。`;
      case 'loaded_notice':
        return `节假日依据：管理员导入的${year}年节假日安排${source ? `（${source}）` : ''}。`;
      case 'statutory_fallback':
        return `${year}年节假日安排尚未公布，暂按《全国年节及纪念日放假办法》（2024）的法定节假日和周末计算，未计调休，日期为暂定。`;
    }
  },
};

const PHRASES: Record<ExplanationLocale, Phrases> = { 'zh-CN': ZH, en: EN };

/** The steps as sentences in one language (pure; the same steps always read the same). */
export function explainIn(locale: ExplanationLocale, steps: readonly ExplanationStep[]): string[] {
  const phrases = PHRASES[locale];
  return steps.map((step) => (phrases[step.code] as (params: ExplanationStep['params']) => string)(step.params));
}

const CODES = new Set<string>(Object.keys(EN));

/**
 * Steps that arrived over a queue or from a stored row, checked before they are phrased: a code this version does
 * not know, or a parameter missing, and the caller falls back (undefined) rather than printing half a sentence.
 */
export function knownSteps(steps: unknown): ExplanationStep[] | undefined {
  if (!Array.isArray(steps) || steps.length === 0) return undefined;
  const ok = steps.every(
    (s: { code?: unknown; params?: unknown }) =>
      typeof s === 'object' &&
      s !== null &&
      typeof s.code === 'string' &&
      CODES.has(s.code) &&
      typeof s.params === 'object' &&
      s.params !== null,
  );
  if (!ok) return undefined;
  try {
    const phrased = [...explainIn('en', steps as ExplanationStep[]), ...explainIn('zh-CN', steps as ExplanationStep[])];
    if (phrased.some((line) => line.includes('undefined'))) return undefined;
  } catch {
    return undefined;
  }
  return steps as ExplanationStep[];
}

/**
 * The rules every period follows, in general: what a Chinese reader is told when a deadline's steps are not usable
 * (a deadline stored, or a message queued, before the calculus gave steps), since the stored lines are English.
 */
export const PERIOD_RULES_ZH: readonly string[] = [
  '期限自次日起算，当日不计入（《民法典》第二百零一条）；',
  '期限最后一日是法定休假日的，以休假日结束的次日为期限最后一日（《民法典》第二百零三条）；',
  '截止时间为期限最后一日的 24:00（北京时间）。',
];

/**
 * How a deadline was computed, in one language: its steps phrased in that language when they are all known, else
 * the stored English lines (en) or the rules in general (zh-CN).
 */
export function explanationIn(locale: ExplanationLocale, steps: unknown, storedLines: readonly string[]): string[] {
  const known = knownSteps(steps);
  if (known) return explainIn(locale, known);
  return locale === 'zh-CN' ? [...PERIOD_RULES_ZH] : [...storedLines];
}
