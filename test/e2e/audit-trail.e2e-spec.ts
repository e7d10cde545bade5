import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import { makeResidentId, makeUscc } from '@tuoyu/testing';
import request from 'supertest';
import { TestSystem, startTestSystem } from '../support/test-system';

const LOG_FILE = join(mkdtempSync(join(tmpdir(), 'tuoyu-audit-')), 'services.log');
// 株洲: 荷塘区 (430202); another county: 北京市朝阳区 (110105).
const REGION = '430202';
const OTHER_REGION = '110105';

interface AuditRow {
  action: string;
  subject: string;
  actorRole: string;
  actorSubject: string | null;
  actorRegion: string | null;
  requestId: string | null;
  details: Record<string, unknown> | null;
}
type AuditPage = { items: AuditRow[]; total: number; page: number; pageSize: number };

describe('audit trail: every decision and directory change, append-only, with the request id', () => {
  let system: TestSystem;
  let admin: string;

  beforeAll(async () => {
    system = await startTestSystem({ LOG_LEVEL: 'info', LOG_FILE });
    admin = `Bearer ${system.filing.token({ role: 'admin', subject: 'ops-li' })}`;
  });
  afterAll(async () => {
    await system?.close();
  });

  const audit = (url: string, query: string) =>
    request(url)
      .get(`/audit?${query}`)
      .set('Authorization', admin)
      .expect(200)
      .then((r) => r.body as AuditPage);

  it('records a directory change with actor, subject and the request id it was made in (echoed and logged)', async () => {
    const requestId = 'req-audit-department-0001';
    const put = await request(system.filing.url)
      .put(`/departments/${REGION}`)
      .set('Authorization', admin)
      .set('X-Request-Id', requestId)
      .send({ name: '株洲市荷塘区卫生健康局', email: 'wjw@hetang.example.cn' })
      .expect(200);
    expect(put.headers['x-request-id']).toBe(requestId);
    const page = await audit(system.filing.url, `subject=department:${REGION}`);
    expect(page.items).toEqual([
      expect.objectContaining({
        action: 'department.put',
        subject: `department:${REGION}`,
        actorRole: 'admin',
        actorSubject: 'ops-li',
        requestId,
        details: expect.objectContaining({ name: '株洲市荷塘区卫生健康局', webhookSecret: false }),
      }),
    ]);
    expect(readFileSync(LOG_FILE, 'utf8')).toContain(`"id":"${requestId}"`);
    // Without one (or with one that could forge a log line) the service makes its own id.
    const own = await request(system.filing.url).get('/health').set('X-Request-Id', 'bad id "forged"');
    expect(own.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);

    await request(system.registration.url)
      .put(`/authorities/${REGION}/market_regulation`)
      .set('Authorization', admin)
      .send({ name: '株洲市荷塘区市场监督管理局', email: 'scjg@hetang.example.cn' })
      .expect(200);
    const authorities = await audit(system.registration.url, 'action=authority.put');
    expect(authorities.items[0]).toMatchObject({
      subject: `authority:${REGION}/market_regulation`,
      actorRole: 'admin',
      requestId: expect.any(String),
    });
  });

  it('lists the whole directories (the console shows them) to administrators only', async () => {
    const departments = await request(system.filing.url).get('/departments').set('Authorization', admin).expect(200);
    expect(departments.body).toEqual([
      expect.objectContaining({ regionCode: REGION, name: '株洲市荷塘区卫生健康局', hasWebhookSecret: false }),
    ]);
    const authorities = await request(system.registration.url)
      .get('/authorities')
      .set('Authorization', `Bearer ${system.registration.token({ role: 'admin' })}`)
      .expect(200);
    expect(authorities.body).toEqual([
      expect.objectContaining({
        regionCode: REGION,
        authorityKind: 'market_regulation',
        name: '株洲市荷塘区市场监督管理局',
      }),
    ]);
    await request(system.filing.url)
      .get('/departments')
      .set('Authorization', `Bearer ${system.filing.token({ role: 'department', region: REGION })}`)
      .expect(403);
  });

  it('records API key changes and bans; a person only by a masked ID; a refused change leaves no entry', async () => {
    const created = await request(system.filing.url)
      .post(`/departments/${REGION}/api-keys`)
      .set('Authorization', admin)
      .send({ label: '业务系统', scopes: ['inbox:lease'] })
      .expect(201);
    const keyId = (created.body as { id: string }).id;
    await request(system.filing.url)
      .post(`/departments/${REGION}/api-keys/${keyId}/revocation`)
      .set('Authorization', admin)
      .expect(200);
    const keyEntries = await audit(system.filing.url, `subject=api_key:${keyId}`);
    expect(keyEntries.items.map((e) => e.action)).toEqual(['api_key.revoke', 'api_key.create']);
    expect(JSON.stringify(keyEntries)).not.toContain((created.body as { key: string }).key);

    const department = `Bearer ${system.evaluation.token({ role: 'department', region: REGION })}`;
    const idNumber = makeResidentId({ region: REGION });
    await request(system.evaluation.url)
      .post('/bans')
      .set('Authorization', department)
      .send({ subject: 'person', idNumber, reason: '虐待婴幼儿' })
      .expect(201);
    const foreign = makeUscc({ region: OTHER_REGION });
    await request(system.evaluation.url)
      .post('/bans')
      .set('Authorization', department)
      .send({ subject: 'institution', uscc: foreign, reason: '失信' })
      .expect(403);
    const bans = await audit(system.evaluation.url, 'action=ban.record');
    expect(bans.items).toEqual([
      expect.objectContaining({
        subject: `person:${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}`,
        actorRole: 'department',
        actorRegion: REGION,
      }),
    ]);
    expect(JSON.stringify(bans)).not.toContain(idNumber);
    expect(JSON.stringify(bans)).not.toContain(foreign);
  });

  it('records a clock change in the admin service', async () => {
    await request(system.admin.url).post('/admin/clock').set('Authorization', admin).send({ offsetMs: 0 }).expect(200);
    const clock = await audit(system.admin.url, 'action=clock.set');
    expect(clock.items[0]).toMatchObject({
      subject: 'clock:all-services',
      actorRole: 'admin',
      details: { offsetMs: 0 },
    });
  });

  it('refuses UPDATE, DELETE and TRUNCATE of the trail, even by the service itself', async () => {
    const connection = system.filing.app.get(MikroORM).em.getConnection();
    for (const sql of [
      "update audit_entry set action = 'nothing.happened'",
      'delete from audit_entry',
      'truncate audit_entry',
    ]) {
      await expect(connection.execute(sql)).rejects.toThrow(/audit_entry is append-only/);
    }
    expect((await audit(system.filing.url, 'action=department.put')).total).toBe(1);
  });

  it('pages newest first for administrators only; bad filters are 400s naming the field', async () => {
    const first = await audit(system.filing.url, 'pageSize=1&page=1');
    const second = await audit(system.filing.url, 'pageSize=1&page=2');
    expect(first.total).toBe(3);
    expect(first.items).toHaveLength(1);
    expect(second.items).toHaveLength(1);
    expect(first.items[0]).not.toEqual(second.items[0]);
    const kinds = await audit(system.filing.url, 'subject=api_key:');
    expect(kinds.items.map((e) => e.action).sort()).toEqual(['api_key.create', 'api_key.revoke']);

    const bad = await request(system.filing.url)
      .get('/audit?pageSize=0&action=DROP%20TABLE')
      .set('Authorization', admin)
      .expect(400);
    expect((bad.body as { errors: { field: string }[] }).errors.map((e) => e.field).sort()).toEqual([
      'action',
      'pageSize',
    ]);
    await request(system.filing.url)
      .get('/audit')
      .set('Authorization', `Bearer ${system.filing.token({ role: 'department', region: REGION })}`)
      .expect(403);
  });
});
