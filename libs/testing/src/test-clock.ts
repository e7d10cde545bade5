import { ClockControl, SharedOffsetClock } from '@tuoyu/clock';
import { TestApp } from './test-app';

/**
 * Moves every given app's clock to `instant` (through the shared Redis offset, as the admin console does) and
 * makes each read it now rather than at its next poll.
 */
export async function setTestClock(apps: TestApp[], instant: string | Date): Promise<void> {
  const [first] = apps;
  await first.app.get(ClockControl).setNow(new Date(instant));
  await Promise.all(apps.map((app) => app.app.get(SharedOffsetClock).refresh()));
}
