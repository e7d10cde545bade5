import { randomUUID } from 'node:crypto';
import { MessageType, NoticeTemplate, NotificationRequested, QueueName } from '@tuoyu/contracts';
import { SAMPLE_PROPS } from '@tuoyu/notification-domain';
import { SmtpSink, TestApp, TestQueues, startTestApp, waitForJobState } from '@tuoyu/testing';
import request from 'supertest';
import { NotificationAppModule } from '../../apps/notification/src/notification-app.module';

function correctionRequest(to: string): NotificationRequested {
  return {
    v: 1,
    idempotencyKey: `correction:${randomUUID()}`,
    template: NoticeTemplate.CorrectionRequested,
    locale: 'zh-CN',
    to: [to],
    props: { ...SAMPLE_PROPS[NoticeTemplate.CorrectionRequested] },
  };
}

describe('notification: delivery log for administrators (GET /deliveries)', () => {
  const sink = new SmtpSink();
  let app: TestApp;
  let queues: TestQueues;
  let admin: string;
  const failed = correctionRequest(`Gone.${randomUUID().slice(0, 8)}@example.cn`);
  const sent = correctionRequest(`office.${randomUUID().slice(0, 8)}@example.cn`);

  beforeAll(async () => {
    await sink.start();
    app = await startTestApp(NotificationAppModule, 'notification', { SMTP_URL: sink.url });
    queues = new TestQueues();
    admin = app.token({ role: 'admin' });
    const queue = queues.get(QueueName.Notification);
    const ok = await queue.add(MessageType.NotificationRequested, sent, { jobId: randomUUID() });
    expect((await waitForJobState(queue, ok.id!)).state).toBe('completed');
    sink.mode = 'reject-permanently';
    try {
      const refused = await queue.add(MessageType.NotificationRequested, failed, { jobId: randomUUID() });
      expect((await waitForJobState(queue, refused.id!)).state).toBe('failed');
    } finally {
      sink.mode = 'accept';
    }
  });
  afterAll(async () => {
    await app?.close();
    await queues?.close();
    await sink.stop();
  });

  it('lists a failed delivery with its reason, found by status and recipient (any case)', async () => {
    const { body } = await request(app.url)
      .get('/deliveries')
      .query({ status: 'failed', recipient: failed.to[0].toLowerCase() })
      .set('Authorization', `Bearer ${admin}`)
      .expect(200);
    expect(body).toHaveLength(1);
    expect(body[0]).toMatchObject({
      key: failed.idempotencyKey,
      template: 'correction_requested',
      locale: 'zh-CN',
      recipients: failed.to,
      status: 'failed',
      attempts: 1,
      sentAt: null,
    });
    expect(body[0].lastError).toContain('550');
    expect(body[0].subject).toContain('雁江区小星星托育中心');
    expect(body[0].createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+08:00$/);
  });

  it('finds a sent delivery by its key, with the time it was sent', async () => {
    const { body } = await request(app.url)
      .get('/deliveries')
      .query({ key: sent.idempotencyKey })
      .set('Authorization', `Bearer ${admin}`)
      .expect(200);
    expect(body).toEqual([
      expect.objectContaining({ key: sent.idempotencyKey, status: 'sent', attempts: 1, lastError: null }),
    ]);
    expect(body[0].sentAt).toMatch(/\+08:00$/);
  });

  it('lists only failed deliveries under status=failed, newest first, within the limit', async () => {
    const { body } = await request(app.url)
      .get('/deliveries?status=failed&limit=500')
      .set('Authorization', `Bearer ${admin}`)
      .expect(200);
    expect(body.length).toBeGreaterThanOrEqual(1);
    expect(body.every((entry: { status: string }) => entry.status === 'failed')).toBe(true);
    expect(body.map((entry: { key: string }) => entry.key)).toContain(failed.idempotencyKey);
    expect(body.map((entry: { key: string }) => entry.key)).not.toContain(sent.idempotencyKey);
    const times = body.map((entry: { createdAt: string }) => Date.parse(entry.createdAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it.each<[string, Record<string, string>]>([
    ['a department', { role: 'department', region: '512002' }],
    ['an institution', { role: 'institution', uscc: '91512081MA62K0260E' }],
    ['an authority', { role: 'authority', region: '512002' }],
  ])('refuses %s token (403)', async (_role, principal) => {
    const { body } = await request(app.url)
      .get('/deliveries')
      .set('Authorization', `Bearer ${app.token(principal as never)}`)
      .expect(403);
    expect(body).toMatchObject({ statusCode: 403, error: 'Forbidden' });
  });

  it('refuses a request without a token (401)', async () => {
    await request(app.url).get('/deliveries').expect(401);
  });

  it.each<[string, Record<string, string>, string, string]>([
    ['an unknown status', { status: 'bounced' }, 'status', 'enum'],
    ['a limit of 0', { limit: '0' }, 'limit', 'min'],
    ['a limit over 500', { limit: '501' }, 'limit', 'max'],
    ['a limit that is not a number', { limit: 'ten' }, 'limit', 'type'],
    ['a recipient that is not an email address', { recipient: 'nobody' }, 'recipient', 'format'],
    ['an unknown parameter', { to: 'x@example.cn' }, 'to', 'unknown_field'],
  ])('answers 400 naming the field for %s', async (_case, query, field, code) => {
    const { body } = await request(app.url)
      .get('/deliveries')
      .query(query)
      .set('Authorization', `Bearer ${admin}`)
      .expect(400);
    expect(body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    expect(body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field, code })]));
  });

  it('documents the endpoint in the OpenAPI page', async () => {
    const { body } = await request(app.url).get('/docs-json').expect(200);
    const operation = body.paths['/deliveries'].get;
    expect(operation.parameters.map((p: { name: string }) => p.name).sort()).toEqual([
      'ambiguous',
      'key',
      'limit',
      'recipient',
      'status',
    ]);
  });
});
