import { createHash, randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Deadline, DeadlineRung, DeadlineSweeper } from '@tuoyu/deadlines';
import { COMPLAINT_SUBJECT, Complaint, DEFAULT_CHECKLIST } from '@tuoyu/evaluation-domain';
import { OutboxMessage } from '@tuoyu/messaging';
import { SmtpSink, TestApp, TestQueues, sampleJpeg, setTestClock, startTestApp, waitFor } from '@tuoyu/testing';
import request from 'supertest';
import { EvaluationAppModule } from '../../apps/evaluation/src/evaluation-app.module';
import { NotificationAppModule } from '../../apps/notification/src/notification-app.module';
import { DEPARTMENT_EMAIL, acceptFiling } from '../support/evaluation-subject-fixture';

const ADMIN_EMAIL = 'ops@tuoyu.example.cn';
const ALL_PASSED = DEFAULT_CHECKLIST.filter((i) => i.check === 'judgement').map((i) => ({
  code: i.code,
  passed: true,
}));
const CLASSES = [{ name: '小一班', ageGroup: 'toddler_small', children: 10, carers: 2 }];

describe('complaints (test clock, real Redis/PostgreSQL/SMTP)', () => {
  const sink = new SmtpSink();
  let evaluation: TestApp;
  let notification: TestApp;
  let queues: TestQueues;

  const apps = () => [evaluation, notification];
  const em = () => evaluation.app.get(MikroORM).em.fork() as EntityManager;
  const bearer = (principal: Parameters<TestApp['token']>[0]) => `Bearer ${evaluation.token(principal)}`;
  const department = (region = '512002') => bearer({ role: 'department', region });
  const complaintOf = (reference: string) => em().findOneOrFail(Complaint, { reference });

  async function rungsOf(complaintId: string): Promise<Map<string, DeadlineRung>> {
    const deadline = await em().findOneOrFail(Deadline, { subjectType: COMPLAINT_SUBJECT, subjectId: complaintId });
    const rungs = await em().find(DeadlineRung, { deadline }, { orderBy: { fireAt: 'asc' } });
    return new Map(rungs.map((r) => [r.rung, r]));
  }

  async function passRung(complaintId: string, name: string): Promise<DeadlineRung> {
    const rung = (await rungsOf(complaintId)).get(name)!;
    await setTestClock(apps(), new Date(rung.fireAt.getTime() + 1000));
    return waitFor(`rung ${name} to fire`, async () => {
      const current = (await rungsOf(complaintId)).get(name)!;
      return current.status === 'fired' ? current : undefined;
    });
  }

  /** Outbox rows (the only way a notice leaves) whose idempotency key starts with this prefix. */
  async function noticesKeyed(prefix: string): Promise<OutboxMessage[]> {
    const rows = await em().find(OutboxMessage, { type: 'NotificationRequested' });
    return rows.filter((r) => (r.payload as { idempotencyKey: string }).idempotencyKey.startsWith(prefix));
  }

  beforeAll(async () => {
    await sink.start();
    const env = { SMTP_URL: sink.url, ADMIN_EMAIL };
    evaluation = await startTestApp(EvaluationAppModule, 'evaluation', env);
    notification = await startTestApp(NotificationAppModule, 'notification', env);
    queues = new TestQueues();
  });

  beforeEach(async () => {
    await setTestClock(apps(), '2026-10-12T10:00:00+08:00');
  });

  afterAll(async () => {
    await notification?.close();
    await evaluation?.close();
    await queues?.close();
    await sink.stop();
  });

  it('a public complaint reaches the department, is reminded and escalated once each, leads to an inspection and a rectification order, and the reply reaches the complainant', async () => {
    const { payload, subjectId } = await acceptFiling(evaluation, queues);
    const complainant = `${randomUUID()}@example.cn`;
    const body = {
      contact: { name: '王女士', email: complainant },
      institutionUscc: payload.uscc,
      category: 'safety',
      facts: '二楼消防通道堆放杂物，午睡室没有灭火器。',
    };
    const received = await request(evaluation.url).post('/public/complaints').send(body).expect(201);
    // 15 working days after Mon 2026-10-12 (the receipt day is not counted).
    expect(received.body).toMatchObject({
      status: 'open',
      institutionIdentified: true,
      regionCode: '512002',
      dueOn: '2026-11-02',
      duplicate: false,
    });
    const { reference } = received.body as { reference: string };
    const complaint = await complaintOf(reference);

    const ack = await waitFor(
      'the acknowledgement',
      () => sink.withKey(`complaint-received:${complaint.id}:${complainant}`)[0],
    );
    expect(ack.subject).toContain(reference);
    // Named by USCC only: the acknowledgement names the institution as filed.
    expect(ack.text).toContain(payload.name);
    expect(ack.text).toContain('2026-11-02 24:00');
    const assigned = await waitFor(
      'the department notice',
      () => sink.withKey(`complaint-assigned:${complaint.id}:512002:${DEPARTMENT_EMAIL}`)[0],
    );
    expect(assigned.text).toContain(payload.name);
    expect(assigned.text).not.toContain(complainant);

    // The same contact again within minutes: the same complaint, not a second one.
    await setTestClock(apps(), '2026-10-12T10:05:00+08:00');
    const again = await request(evaluation.url).post('/public/complaints').send(body).expect(200);
    expect(again.body).toMatchObject({ reference, duplicate: true });
    expect(await em().count(Complaint, { contactEmail: complainant })).toBe(1);

    const reminder = await passRung(complaint.id, 'due_in_3_days');
    await waitFor('the reminder', () => sink.withKey(`deadline-rung:${reminder.id}:${DEPARTMENT_EMAIL}`).length === 1);
    const breach = await passRung(complaint.id, 'breach');
    await waitFor('the escalation', () => sink.withKey(`deadline-rung:${breach.id}:${ADMIN_EMAIL}`).length === 1);
    await waitFor(
      'the overdue notice',
      () => sink.withKey(`deadline-rung:${breach.id}:${DEPARTMENT_EMAIL}`).length === 1,
    );
    await evaluation.app.get(DeadlineSweeper).sweep();
    expect(sink.withKey(`deadline-rung:${reminder.id}:${DEPARTMENT_EMAIL}`)).toHaveLength(1);
    const escalations = sink.withKey(`deadline-rung:${breach.id}:${ADMIN_EMAIL}`);
    expect(escalations).toHaveLength(1);
    expect(escalations[0].subject).toContain(reference);
    // Every rung of this complaint that fired told each address once: a reminder, then the breach to two.
    const fired = [...(await rungsOf(complaint.id)).values()].filter((r) => r.status === 'fired');
    expect(fired.map((r) => r.rung)).toEqual(['due_in_3_days', 'breach']);
    expect((await complaintOf(reference)).overdue).toBe(true);

    await setTestClock(apps(), '2026-11-04T10:00:00+08:00');
    const inspected = await request(evaluation.url)
      .post(`/complaints/${complaint.id}/inspections`)
      .set('Authorization', department())
      .send({
        inspectedOn: '2026-11-04',
        findings: ALL_PASSED.map((f) =>
          f.code === 'fire.equipment' ? { ...f, passed: false, note: '午睡室无灭火器' } : f,
        ),
        classes: CLASSES,
        cctv: { coversAllChildAreas: true, retentionDays: 90 },
        rectificationDueOn: '2026-11-20',
      })
      .expect(201);
    expect(inspected.body).toMatchObject({ subjectId, passed: false, rectificationOrder: { status: 'open' } });
    const orderId = inspected.body.rectificationOrder.id as string;
    await waitFor(
      'the rectification order email',
      () => sink.withKey(`rectification-ordered:${orderId}:${payload.contactEmail}`).length === 1,
    );

    const replied = await request(evaluation.url)
      .post(`/complaints/${complaint.id}/reply`)
      .set('Authorization', department())
      .send({ reply: '经现场检查，反映问题属实，已责令该机构于2026-11-20前整改。', findings: '午睡室无灭火器属实' })
      .expect(200);
    expect(replied.body).toMatchObject({
      status: 'replied',
      repliedOn: '2026-11-04',
      inspectionId: inspected.body.inspectionId,
      rectificationOrderId: orderId,
    });
    const reply = await waitFor(
      'the reply email',
      () => sink.withKey(`complaint-replied:${complaint.id}:${complainant}`)[0],
    );
    expect(reply.text).toContain('已责令该机构于2026-11-20前整改');
    expect(
      await em().findOneOrFail(Deadline, { subjectType: COMPLAINT_SUBJECT, subjectId: complaint.id }),
    ).toMatchObject({ status: 'met' });

    // The public lookup shows the state and the reply, never who complained.
    const lookup = await request(evaluation.url).get(`/public/complaints/${reference.toLowerCase()}`).expect(200);
    expect(lookup.body).toMatchObject({ reference, status: 'replied', repliedOn: '2026-11-04' });
    expect(JSON.stringify(lookup.body)).not.toMatch(new RegExp(`${complainant}|王女士|contact`));
  });

  it('a 12345 transfer keeps its case number; the same case again is the same complaint', async () => {
    const { payload } = await acceptFiling(evaluation, queues);
    const caseNumber = `12345-2026-${randomUUID().slice(0, 8)}`;
    const body = {
      hotlineCaseNumber: caseNumber,
      contact: { phone: '13800138000' },
      institutionName: payload.name,
      category: 'fees',
      facts: '收费与公示价格不一致。',
    };
    const hotline = bearer({ role: 'hotline', subject: '12345' });
    const transferred = await request(evaluation.url)
      .post('/complaints/hotline-transfers')
      .set('Authorization', hotline)
      .send(body)
      .expect(201);
    expect(transferred.body).toMatchObject({ institutionIdentified: true, regionCode: '512002', duplicate: false });
    const complaint = await complaintOf(transferred.body.reference);
    const assigned = await waitFor(
      'the department notice',
      () => sink.withKey(`complaint-assigned:${complaint.id}:512002:${DEPARTMENT_EMAIL}`)[0],
    );
    expect(assigned.text).toContain(caseNumber);

    const repeat = await request(evaluation.url)
      .post('/complaints/hotline-transfers')
      .set('Authorization', bearer({ role: 'admin' }))
      .send(body)
      .expect(200);
    expect(repeat.body).toMatchObject({ reference: transferred.body.reference, duplicate: true });
    const detail = await request(evaluation.url)
      .get(`/complaints/${complaint.id}`)
      .set('Authorization', department())
      .expect(200);
    expect(detail.body).toMatchObject({ channel: 'hotline_12345', hotlineCaseNumber: caseNumber, anonymous: false });
  });

  it('an anonymous complaint is handled and replied to without any email to the complainant', async () => {
    const { payload } = await acceptFiling(evaluation, queues);
    const received = await request(evaluation.url)
      .post('/public/complaints')
      .send({ institutionName: payload.name, category: 'care', facts: '午睡时无人看护。' })
      .expect(201);
    const complaint = await complaintOf(received.body.reference);
    await waitFor(
      'the department notice',
      () => sink.withKey(`complaint-assigned:${complaint.id}:512002:${DEPARTMENT_EMAIL}`).length === 1,
    );
    await request(evaluation.url)
      .post(`/complaints/${complaint.id}/reply`)
      .set('Authorization', department())
      .send({ reply: '已核查并约谈负责人。' })
      .expect(200);
    // The reply committed with whatever notices it caused: none for the complainant, and none at intake either.
    expect(await noticesKeyed(`complaint-received:${complaint.id}`)).toEqual([]);
    expect(await noticesKeyed(`complaint-replied:${complaint.id}`)).toEqual([]);
    expect((await complaintOf(received.body.reference)).status).toBe('replied');
  });

  it('an institution nobody filed is kept: with a region it goes to that department, without one an administrator routes it', async () => {
    const withRegion = await request(evaluation.url)
      .post('/public/complaints')
      .send({ institutionName: '无名托育点', regionCode: '512002', category: 'unfiled', facts: '小区内无证托育。' })
      .expect(201);
    expect(withRegion.body).toMatchObject({ status: 'open', institutionIdentified: false, regionCode: '512002' });

    const nowhere = await request(evaluation.url)
      .post('/public/complaints')
      .send({ institutionName: '不知名托育点', category: 'unfiled', facts: '某小区内无证托育。' })
      .expect(201);
    expect(nowhere.body).toMatchObject({ status: 'unrouted', institutionIdentified: false, regionCode: null });
    const complaint = await complaintOf(nowhere.body.reference);
    const unrouted = await request(evaluation.url)
      .get('/complaints')
      .query({ status: 'unrouted' })
      .set('Authorization', bearer({ role: 'admin' }))
      .expect(200);
    expect(unrouted.body.map((c: { id: string }) => c.id)).toContain(complaint.id);
    const routed = await request(evaluation.url)
      .post(`/complaints/${complaint.id}/assignment`)
      .set('Authorization', bearer({ role: 'admin' }))
      .send({ regionCode: '512002' })
      .expect(200);
    expect(routed.body).toMatchObject({ status: 'open', regionCode: '512002', dueOn: '2026-11-02' });

    const stats = await request(evaluation.url)
      .get('/complaints/statistics')
      .set('Authorization', department())
      .expect(200);
    expect(stats.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ regionCode: '512002', category: 'unfiled', received: 2, open: 2 }),
      ]),
    );
  });

  it.each([
    ['no category or facts', {}, ['category', 'facts', 'institutionName']],
    ['an unknown category', { institutionName: 'x', category: 'noise', facts: 'x' }, ['category']],
    [
      'a full resident ID in the facts',
      { institutionName: 'x', category: 'abuse', facts: '保育员身份证11010519491231002X' },
      ['facts'],
    ],
    [
      'a contact without email or phone',
      { contact: { name: '李' }, institutionName: 'x', category: 'other', facts: 'x' },
      ['contact.email'],
    ],
    ['a bad USCC', { institutionUscc: '91512081MA62K0260F', category: 'other', facts: 'x' }, ['institutionUscc']],
  ])('POST /public/complaints with %s is a 400 naming the fields', async (_case, body, fields) => {
    const response = await request(evaluation.url).post('/public/complaints').send(body).expect(400);
    const named = (response.body.errors as { field: string }[]).map((e) => e.field);
    for (const field of fields) expect(named).toContain(field);
    expect(JSON.stringify(response.body)).not.toContain('11010519491231002X');
  });

  it('refuses what may not be done or read', async () => {
    await request(evaluation.url).get('/public/complaints/not-a-reference').expect(400);
    await request(evaluation.url).get('/public/complaints/TS20261012ABCDEFGH').expect(404);
    await request(evaluation.url)
      .post('/complaints/hotline-transfers')
      .set('Authorization', department())
      .send({ hotlineCaseNumber: '12345-1', institutionName: 'x', category: 'other', facts: 'x' })
      .expect(403);
    const noCase = await request(evaluation.url)
      .post('/complaints/hotline-transfers')
      .set('Authorization', bearer({ role: 'hotline' }))
      .send({ institutionName: 'x', category: 'other', facts: 'x' })
      .expect(400);
    expect(noCase.body.errors.map((e: { field: string }) => e.field)).toContain('hotlineCaseNumber');
    await request(evaluation.url)
      .get('/complaints/statistics')
      .query({ region: '140500' })
      .set('Authorization', department())
      .expect(403);
    await request(evaluation.url).get('/complaints').expect(401);
  });

  it('takes attachments by the reference into the document store; the department opens the same bytes, nobody else does', async () => {
    const { payload } = await acceptFiling(evaluation, queues);
    const received = await request(evaluation.url)
      .post('/public/complaints')
      .send({
        contact: { name: '赵女士', phone: '13900002222' },
        institutionUscc: payload.uscc,
        category: 'safety',
        facts: '楼梯护栏松动，已拍照。',
      })
      .expect(201);
    const reference = received.body.reference as string;
    const photo = sampleJpeg(reference);
    const attach = (content: Buffer, name: string) =>
      request(evaluation.url).post(`/public/complaints/${reference}/attachments`).attach('file', content, name);

    const stored = await attach(photo, '../../护栏.jpg').expect(201);
    expect(stored.body).toMatchObject({
      contentType: 'image/jpeg',
      size: photo.length,
      sha256: createHash('sha256').update(photo).digest('hex'),
    });
    expect(stored.body.fileName).not.toContain('/');
    expect(stored.body.fileName).toContain('护栏');
    // An executable named .pdf is refused by its content (the list below shows it was not recorded).
    const disguised = await attach(Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64)]), 'evidence.pdf').expect(415);
    expect(disguised.body.errors[0]).toMatchObject({ field: 'file', code: 'unsupported_type' });
    await attach(Buffer.alloc(0), 'empty.png').expect(400);
    await request(evaluation.url)
      .post('/public/complaints/TS20261012ABCDEFGH/attachments')
      .attach('file', photo, 'x.jpg')
      .expect(404);

    const complaint = await complaintOf(reference);
    const list = await request(evaluation.url)
      .get(`/complaints/${complaint.id}/attachments`)
      .set('Authorization', department())
      .expect(200);
    expect(list.body).toEqual([stored.body]);
    const download = await request(evaluation.url)
      .get(`/complaints/${complaint.id}/attachments/${stored.body.id as string}/content`)
      .set('Authorization', department())
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200)
      .expect('Content-Type', 'image/jpeg');
    expect(Buffer.compare(download.body as Buffer, photo)).toBe(0);
    // Another region's department sees nothing; the public lookup shows no attachment.
    await request(evaluation.url)
      .get(`/complaints/${complaint.id}/attachments/${stored.body.id as string}/content`)
      .set('Authorization', department('140502'))
      .expect(404);
    const lookup = await request(evaluation.url).get(`/public/complaints/${reference}`).expect(200);
    expect(JSON.stringify(lookup.body)).not.toContain(stored.body.id as string);

    // After a day, the complaint is what it is. The test clock runs on from 10:00 with real time, so the complaint
    // was received some seconds after it: ten minutes past the day leaves room for a slow machine.
    await setTestClock(apps(), '2026-10-13T10:10:00+08:00');
    const late = await attach(sampleJpeg('late'), 'late.jpg').expect(409);
    expect(late.body.message).toContain('24 hours');
  });

  // Last in the file: it spends this address's intake allowance (the count lives in Redis under this file's prefix).
  it('refuses a flood of public complaints from one address with 429 and Retry-After, storing none of the refused', async () => {
    const before = await em().count(Complaint, {});
    const submit = (i: number) =>
      request(evaluation.url)
        .post('/public/complaints')
        .send({
          contact: { name: '刷单者', phone: `1380000${String(i).padStart(4, '0')}` },
          institutionName: `某托育园${i}`,
          category: 'other',
          facts: `第${i}条投诉内容，用于检查限流。`,
        });
    const statuses: number[] = [];
    let refused: request.Response | undefined;
    for (let i = 0; i < 40 && !refused; i++) {
      const res = await submit(i);
      statuses.push(res.status);
      if (res.status === 429) refused = res;
    }
    expect(refused).toBeDefined();
    expect(Number(refused!.headers['retry-after'])).toBeGreaterThan(0);
    const accepted = statuses.filter((s) => s === 201).length;
    expect(accepted).toBeGreaterThan(0);
    expect(accepted).toBeLessThanOrEqual(30);
    // Only the accepted ones exist: a 429 stores nothing the complainant believes was received.
    expect((await em().count(Complaint, {})) - before).toBe(accepted);
  });
});
