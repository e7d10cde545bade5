import { AppConfig } from '@tuoyu/config';
import { DeliveryRetryPolicy } from './delivery-retry-policy';

const policy = (base: string, attempts: string) =>
  new DeliveryRetryPolicy(AppConfig.fromEnv({ NOTIFICATION_RETRY_BASE_MS: base, NOTIFICATION_MAX_ATTEMPTS: attempts }));

describe('DeliveryRetryPolicy', () => {
  it.each<[string, string, number, number | undefined]>([
    ['60000', '10', 1, 60_000],
    ['60000', '10', 2, 120_000],
    ['60000', '10', 5, 960_000],
    ['60000', '10', 9, 15_360_000],
    ['60000', '10', 10, undefined],
    ['60000', '10', 11, undefined],
    ['200', '3', 1, 200],
    ['200', '3', 2, 400],
    ['200', '3', 3, undefined],
    ['3600000', '20', 10, 6 * 3600_000],
    ['100', '1', 1, undefined],
  ])('base %s ms, %s attempts: after attempt %i waits %p ms', (base, attempts, attempt, wait) => {
    expect(policy(base, attempts).waitAfter(attempt)).toBe(wait);
  });

  it('spans hours with the defaults', () => {
    const defaults = new DeliveryRetryPolicy(AppConfig.fromEnv({}));
    let total = 0;
    for (let attempt = 1; defaults.waitAfter(attempt) !== undefined; attempt += 1)
      total += defaults.waitAfter(attempt)!;
    expect(total / 3600_000).toBeGreaterThan(8);
    expect(total / 3600_000).toBeLessThan(9);
  });
});
