import type { ReminderRung } from '../policies/deadline-policy';

export interface DueRung {
  rung: string;
  fireAt: Date;
}

export type CatchUpVerdict = { fire: true } | { fire: false; reason: string };

const isBreach = (name: string) => name === 'breach';
const isBeforeDue = (rung: ReminderRung) => 'daysFromDue' in rung;

/**
 * Whether a due rung still sends, when the schedule catches up (after an outage, a Redis loss or a clock jump)
 * and finds several rungs of one deadline due at once. Only the latest applicable one speaks:
 * - the breach always fires (it changes the subject and escalates), and silences the others due with it;
 * - otherwise a rung with a later rung of the same deadline also due is skipped;
 * - a before-due reminder ("due in 3 days") more than `graceMs` after its moment is skipped: it would be stale.
 * Skipped rungs stay visible in `reminders` with status `skipped`.
 */
export function catchUpVerdict(
  rung: DueRung,
  ladderRung: ReminderRung,
  othersDue: DueRung[],
  now: Date,
  graceMs: number,
): CatchUpVerdict {
  if (isBreach(rung.rung)) return { fire: true };
  if (isBeforeDue(ladderRung) && now.getTime() - rung.fireAt.getTime() > graceMs) {
    return { fire: false, reason: 'stale' };
  }
  if (othersDue.some((other) => isBreach(other.rung))) return { fire: false, reason: 'superseded' };
  if (othersDue.some((other) => other.fireAt.getTime() > rung.fireAt.getTime())) {
    return { fire: false, reason: 'superseded' };
  }
  return { fire: true };
}
