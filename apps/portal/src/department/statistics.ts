import { shanghaiDay } from '../shanghai-time';
import type { WorkItem } from './worklist';

/** The department's figures for its charts, all from the worklist it already loaded. */
export interface DepartmentFigures {
  byStatus: { status: string; count: number }[];
  weeks: { weekOf: string; received: number; filed: number }[];
  deadlines: { open: number; dueWithin7Days: number; breached: number };
}

const DAY_MS = 86_400_000;

/** The Monday that starts the week of a day ('YYYY-MM-DD'), as a county office counts its weeks. */
export function weekOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  return new Date(date.getTime() - sinceMonday * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Cases by status, cases received (opened on a registration's handoff) and filed per week over the last `weeks`
 * weeks, and the running deadlines: open, due within 7 days, breached.
 */
export function departmentFigures(items: WorkItem[], now: string, weeks = 8): DepartmentFigures {
  const counts = new Map<string, number>();
  for (const { filing } of items) counts.set(filing.status, (counts.get(filing.status) ?? 0) + 1);
  const thisWeek = weekOf(shanghaiDay(now));
  const weekRows = Array.from({ length: weeks }, (_, i) => ({
    weekOf: new Date(new Date(`${thisWeek}T00:00:00Z`).getTime() - (weeks - 1 - i) * 7 * DAY_MS)
      .toISOString()
      .slice(0, 10),
    received: 0,
    filed: 0,
  }));
  const row = (day: string) => weekRows.find((w) => w.weekOf === weekOf(day));
  for (const { filing } of items) {
    const received = filing.openedAt ? row(shanghaiDay(filing.openedAt)) : undefined;
    if (received) received.received += 1;
    const filed = filing.filedOn ? row(filing.filedOn) : undefined;
    if (filed) filed.filed += 1;
  }
  const running = items.filter((i) => i.lane !== 'done' && i.left !== null);
  return {
    byStatus: [...counts].map(([status, count]) => ({ status, count })).sort((a, b) => b.count - a.count),
    weeks: weekRows,
    deadlines: {
      open: running.length,
      dueWithin7Days: running.filter((i) => i.left! >= 0 && i.left! <= 7).length,
      breached: running.filter((i) => i.left! < 0).length,
    },
  };
}
