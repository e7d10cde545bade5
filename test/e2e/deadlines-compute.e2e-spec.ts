import { TestApp, startTestApp } from '@tuoyu/testing';
import request from 'supertest';
import { FilingAppModule } from '../../apps/filing/src/filing-app.module';

describe('GET /deadlines/compute (no token, the product calculus)', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp(FilingAppModule, 'filing');
  });
  afterAll(() => app?.close());

  it.each([
    ['2026-09-20', 15, 'calendar', '2026-10-08', true],
    ['2026-09-16', 15, 'calendar', '2026-10-08', true],
    ['2026-09-25', 15, 'calendar', '2026-10-10', false],
    ['2026-09-28', 5, 'working', '2026-10-10', false],
  ])('start %s + %i %s days → %s (extended %p)', async (start, days, unit, dueOn, extended) => {
    const response = await request(app.url).get('/deadlines/compute').query({ start, days, unit }).expect(200);
    expect(response.body).toMatchObject({ dueOn, dueAt: `${dueOn}T23:59:59.999+08:00`, extended, provisional: false });
    expect(response.body.explanation.length).toBeGreaterThanOrEqual(3);
  });

  it('marks a result in a year without notice data as provisional', async () => {
    const response = await request(app.url)
      .get('/deadlines/compute')
      .query({ start: '2027-09-20', days: 15 })
      .expect(200);
    expect(response.body).toMatchObject({ dueOn: '2027-10-05', provisional: true });
  });

  it.each([
    [{ start: '2026-02-30', days: 15, unit: 'calendar' }, 'start'],
    [{ start: '2026-09-20', days: 0, unit: 'calendar' }, 'days'],
    [{ start: '2026-09-20', days: 'fifteen', unit: 'calendar' }, 'days'],
    [{ start: '2026-09-20', days: 15, unit: 'weeks' }, 'unit'],
    [{ days: 15 }, 'start'],
  ])('400 for %p naming %s', async (query, field) => {
    const response = await request(app.url).get('/deadlines/compute').query(query).expect(400);
    expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });
});
