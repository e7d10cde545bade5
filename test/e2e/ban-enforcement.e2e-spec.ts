import {
  SmtpSink,
  filingSubmissionBody,
  uploadRequiredDocuments,
  makeResidentId,
  makeUscc,
  registrationBody,
  setTestClock,
  waitFor,
} from '@tuoyu/testing';
import { MikroORM } from '@mikro-orm/core';
import { BanRecord } from '@tuoyu/filing-domain';
import { PiiHasher } from '@tuoyu/identity';
import request from 'supertest';
import { TestSystem, startTestSystem } from '../support/test-system';

// 平顶山市卫东区 (410403) records the ban; the carer then applies at an institution in 湛河区 (410411).
const BANNING_REGION = '410403';
const HIRING_REGION = '410411';

type Staff = { name: string; idNumber: string; role: string; healthCertificate: boolean };

describe('a lifetime ban (终身禁入) recorded by evaluation is enforced on filing rosters', () => {
  const sink = new SmtpSink();
  let system: TestSystem;

  beforeAll(async () => {
    await sink.start();
    system = await startTestSystem({ SMTP_URL: sink.url });
    await setTestClock(system.all, '2026-11-16T10:00:00+08:00');
    await request(system.filing.url)
      .put(`/departments/${HIRING_REGION}`)
      .set('Authorization', `Bearer ${system.filing.token({ role: 'admin' })}`)
      .send({ name: '平顶山市湛河区卫生健康委员会', email: 'wjw@zhanhe.example.cn' })
      .expect(200);
  });
  afterAll(async () => {
    await system?.close();
    await sink.stop();
  });

  it('refuses the banned carer on another institution’s roster, naming the ban, without the ID number', async () => {
    const carer: Staff = {
      name: '孙某',
      idNumber: makeResidentId({ region: '410403' }),
      role: 'carer',
      healthCertificate: true,
    };
    const ban = await request(system.evaluation.url)
      .post('/bans')
      .set('Authorization', `Bearer ${system.evaluation.token({ role: 'department', region: BANNING_REGION })}`)
      .send({ subject: 'person', idNumber: carer.idNumber, reason: '虐待婴幼儿，经公安机关查实，终身禁止从事托育服务' })
      .expect(201);
    expect(JSON.stringify(ban.body)).not.toContain(carer.idNumber);

    const body = registrationBody({
      uscc: makeUscc({ region: HIRING_REGION }),
      regionCode: HIRING_REGION,
      approvedOn: '2026-11-16',
    });
    await request(system.registration.url)
      .post('/registrations')
      .set('Authorization', `Bearer ${system.registration.token({ role: 'authority', region: HIRING_REGION })}`)
      .send(body)
      .expect(201);
    const uscc = body.uscc as string;
    const institution = `Bearer ${system.filing.token({ role: 'institution', uscc })}`;
    const filingCase = await waitFor('the filing case', async () => {
      const response = await request(system.filing.url)
        .get('/filings')
        .query({ uscc })
        .set('Authorization', institution);
      return response.body[0] as { id: string } | undefined;
    });

    const submission = filingSubmissionBody(
      await uploadRequiredDocuments(system.filing.url, filingCase.id, institution),
    );
    const staff = [...(submission.staff as Staff[]), carer];
    // The ban travels evaluation → filing over the queue; submit once it has arrived.
    const hash = system.filing.app.get(PiiHasher).residentId(carer.idNumber);
    await waitFor('the ban to reach the filing service', () =>
      system.filing.app.get(MikroORM).em.fork().findOne(BanRecord, { personIdHash: hash }),
    );
    const refused = await request(system.filing.url)
      .post(`/filings/${filingCase.id}/submission`)
      .set('Authorization', institution)
      .send({ ...submission, staff })
      .expect(409);
    expect(refused.body.errors).toEqual([
      expect.objectContaining({
        field: 'staff[3].idNumber',
        code: 'banned',
        message: expect.stringContaining('终身禁入'),
      }),
    ]);
    expect(JSON.stringify(refused.body)).not.toContain(carer.idNumber);

    await request(system.filing.url)
      .post(`/filings/${filingCase.id}/submission`)
      .set('Authorization', institution)
      .send(submission)
      .expect(201);
  });
});
