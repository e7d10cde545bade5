import { mkdtempSync, writeFileSync } from 'node:fs';
import { IncomingHttpHeaders, Server, createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import { MessageType } from '@tuoyu/contracts';
import { OutboxMessage } from '@tuoyu/messaging';
import { TestApp, makeUscc, registrationBody, startTestApp, waitFor } from '@tuoyu/testing';
import { Webhook } from 'standardwebhooks';
import request from 'supertest';
import { RegistrationAppModule } from '../../apps/registration/src/registration-app.module';

const SECRET = `whsec_${Buffer.from('henan-data-sharing-platform-key!').toString('base64')}`;

interface Call {
  headers: IncomingHttpHeaders;
  body: string;
  status: number;
}

describe('push to the provincial data-sharing platform (省数据共享交换平台)', () => {
  let app: TestApp;
  let platform: Server;
  const calls: Call[] = [];

  beforeAll(async () => {
    // Refuses the first call: the push is retried and arrives once.
    platform = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        const status = calls.length === 0 ? 502 : 200;
        calls.push({ headers: req.headers, body, status });
        res.writeHead(status).end();
      });
    });
    await new Promise<void>((resolve) => platform.listen(0, '127.0.0.1', resolve));
    const file = join(mkdtempSync(join(tmpdir(), 'tuoyu-')), 'platforms.json');
    const url = `http://127.0.0.1:${(platform.address() as AddressInfo).port}/gxpt`;
    writeFileSync(file, JSON.stringify({ '41': { url, secret: SECRET } }));
    app = await startTestApp(RegistrationAppModule, 'registration', { PROVINCIAL_PLATFORMS_FILE: file });
  });
  afterAll(async () => {
    await app?.close();
    await new Promise((resolve) => platform?.close(resolve));
  });

  const verify = (call: Call) =>
    new Webhook(SECRET).verify(call.body, {
      'webhook-id': call.headers['webhook-id'] as string,
      'webhook-timestamp': call.headers['webhook-timestamp'] as string,
      'webhook-signature': call.headers['webhook-signature'] as string,
    }) as { type: string; data: Record<string, unknown> };

  it('pushes approvals and changes of a configured province, signed, once each; other provinces are not pushed', async () => {
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const authority = `Bearer ${app.token({ role: 'authority', region: '410000' })}`;
    const body = registrationBody({ uscc: makeUscc({ region: '410402' }), regionCode: '410402', approvedOn: today });
    const created = await request(app.url)
      .post('/registrations')
      .set('Authorization', authority)
      .send(body)
      .expect(201);

    await waitFor('the approval to be pushed', () => calls.length === 2, { timeoutMs: 15_000 });
    expect(calls.map((c) => c.status)).toEqual([502, 200]);
    expect(new Set(calls.map((c) => c.headers['webhook-id'])).size).toBe(1);
    const approved = verify(calls[1]);
    expect(approved).toMatchObject({ type: 'registration.approved', data: { uscc: body.uscc, regionCode: '410402' } });
    const idNumber = (body.legalRepresentative as { idNumber: string }).idNumber;
    expect(calls[1].body).not.toContain(idNumber);

    await request(app.url)
      .patch(`/registrations/${created.body.id}`)
      .set('Authorization', authority)
      .send({ changedOn: today, capacity: 90 })
      .expect(200);
    await waitFor('the change to be pushed', () => calls.length === 3);
    expect(verify(calls[2])).toMatchObject({ type: 'registration.changed', data: { capacity: 90, changedOn: today } });

    const view = await request(app.url).get(`/registrations/${created.body.id}`).set('Authorization', authority);
    expect(view.body.provincialPushes).toEqual([
      expect.objectContaining({ event: 'registration.approved', status: 'delivered', attempts: 2 }),
      expect.objectContaining({ event: 'registration.changed', status: 'delivered', attempts: 1 }),
    ]);

    const elsewhere = registrationBody({ approvedOn: today });
    const other = await request(app.url)
      .post('/registrations')
      .set('Authorization', `Bearer ${app.token({ role: 'authority', region: '512002' })}`)
      .send(elsewhere)
      .expect(201);
    const otherView = await request(app.url)
      .get(`/registrations/${other.body.id}`)
      .set('Authorization', `Bearer ${app.token({ role: 'admin' })}`);
    expect(otherView.body.provincialPushes).toEqual([]);
    expect(calls).toHaveLength(3);
  });

  it("pushes an imported registration too, behind every live message (the import's push is bulk)", async () => {
    const before = calls.length;
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const body = registrationBody({ uscc: makeUscc({ region: '410402' }), regionCode: '410402', approvedOn: today });
    const imported = await request(app.url)
      .post('/registrations/import')
      .set('Authorization', `Bearer ${app.token({ role: 'authority', region: '410000' })}`)
      .send({ rows: [body] })
      .expect(200);
    expect(imported.body).toMatchObject({ created: 1 });

    await waitFor('the imported approval to be pushed', () => calls.length === before + 1);
    expect(verify(calls[before])).toMatchObject({ type: 'registration.approved', data: { uscc: body.uscc } });
    const pushes = await app.app
      .get(MikroORM)
      .em.fork()
      .find(OutboxMessage, { type: MessageType.ProvincialPushDue }, { orderBy: { createdAt: 'asc' } });
    // The live approval's and change's pushes, then the import's.
    expect(pushes.map((message) => message.bulk)).toEqual([false, false, true]);
  });
});
