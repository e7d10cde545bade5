import { addDays } from '../calculus/local-date';
import { ReminderRung } from '../policies/deadline-policy';

export interface PlannedRung {
  rung: string;
  fireAt: Date;
}

/** A local wall-clock time in China as an instant (Asia/Shanghai is UTC+8 all year). */
export function shanghaiInstant(date: string, time: string): Date {
  return new Date(`${date}T${time}:00+08:00`);
}

/** The first instant after a deadline: 00:00 of the next local day. */
export function breachInstant(dueOn: string): Date {
  return shanghaiInstant(addDays(dueOn, 1), '00:00');
}

/**
 * The rungs of a ladder for a due date, in firing order. Rungs already in the past when the deadline opens are
 * left out (a 15-day period opened on day 10 does not send the 7-day reminder late); breach always stays.
 * The weekly overdue rung is planned one at a time (#1 here, the next when one fires).
 */
export function planRungs(ladder: ReminderRung[], dueOn: string, openedAt: Date): PlannedRung[] {
  const planned: PlannedRung[] = [];
  for (const rung of ladder) {
    if ('breach' in rung) planned.push({ rung: rung.name, fireAt: breachInstant(dueOn) });
    else if ('everyDaysAfterBreach' in rung) planned.push(nextOverdueRung(rung, dueOn, 1, openedAt));
    else {
      const fireAt = shanghaiInstant(addDays(dueOn, rung.daysFromDue), rung.at);
      if (fireAt.getTime() > openedAt.getTime()) planned.push({ rung: rung.name, fireAt });
    }
  }
  return planned.sort((a, b) => a.fireAt.getTime() - b.fireAt.getTime());
}

/**
 * The next overdue_weekly#n from `sequence` on that is still ahead of `after`: n weeks after the breach day, at
 * the rung's local time. Skipping past ones keeps a long-overdue case from receiving a burst of weekly notices.
 */
export function nextOverdueRung(
  rung: Extract<ReminderRung, { everyDaysAfterBreach: number }>,
  dueOn: string,
  sequence: number,
  after: Date,
): PlannedRung {
  const breachDay = addDays(dueOn, 1);
  for (let n = sequence; ; n += 1) {
    const fireAt = shanghaiInstant(addDays(breachDay, rung.everyDaysAfterBreach * n), rung.at);
    if (fireAt.getTime() > after.getTime()) return { rung: `${rung.name}#${n}`, fireAt };
  }
}

/** The ladder rung a stored rung name belongs to (overdue_weekly#3 → overdue_weekly). */
export function ladderRungOf(ladder: ReminderRung[], storedName: string): ReminderRung | undefined {
  const base = storedName.split('#')[0];
  return ladder.find((rung) => rung.name === base);
}
