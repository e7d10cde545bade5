import { createHash, randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import { MessageType, QueueName } from '@tuoyu/contracts';
import {
  DOCUMENT_KINDS,
  DepartmentDirectory,
  DocumentDownload,
  FilingCase,
  DocumentRetention,
  FilingDocument,
} from '@tuoyu/filing-domain';
import {
  TestApp,
  TestQueues,
  filingSubmissionBody,
  registrationApprovedPayload,
  sampleJpeg,
  samplePdf,
  samplePng,
  setTestClock,
  startTestApp,
  uploadDocument,
  waitFor,
} from '@tuoyu/testing';
import request from 'supertest';
import { FilingAppModule } from '../../apps/filing/src/filing-app.module';

// 资阳市雁江区 (512002); 安岳县 (512021) is another county.
const REGION = '512002';
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('filing documents: streamed uploads into the local store, downloads by who may see the case', () => {
  let filing: TestApp;
  let queues: TestQueues;
  let directory: string;

  const em = () => filing.app.get(MikroORM).em.fork();
  const institution = (uscc: string) => `Bearer ${filing.token({ role: 'institution', uscc })}`;
  const department = (region = REGION) => `Bearer ${filing.token({ role: 'department', region })}`;
  const admin = () => `Bearer ${filing.token({ role: 'admin', subject: 'ops-1' })}`;
  /** Every file the store holds for a case (the partial ones included). */
  const storedFiles = async (caseId: string) => readdir(join(directory, caseId)).catch(() => [] as string[]);

  async function openCase(): Promise<FilingCase> {
    const payload = registrationApprovedPayload({ regionCode: REGION, approvedOn: '2026-11-02' });
    await queues.get(QueueName.Filing).add(MessageType.RegistrationApproved, payload, { jobId: randomUUID() });
    return waitFor('the filing case', () => em().findOne(FilingCase, { registrationId: payload.registrationId }));
  }

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'tuoyu-i12-documents-'));
    filing = await startTestApp(FilingAppModule, 'filing', { DOCUMENT_DIR: directory, DOCUMENT_RETENTION_YEARS: '1' });
    queues = new TestQueues();
    await setTestClock([filing], '2026-11-03T10:00:00+08:00');
    await filing.app
      .get(DepartmentDirectory)
      .put(REGION, { name: '雁江区卫生健康局', email: 'wjw@yanjiang.example.cn' });
  });
  afterAll(async () => {
    await filing?.close();
    await queues?.close();
    await rm(directory, { recursive: true, force: true });
  });

  it('accepts every kind as PDF, JPEG or PNG, hashes what it stored, and the department downloads the same bytes', async () => {
    const { id: caseId, uscc } = await openCase();
    const makers = [samplePdf, sampleJpeg, samplePng];
    const types = ['application/pdf', 'image/jpeg', 'image/png'];
    const uploaded: { id: string; kind: string; bytes: Buffer; contentType: string }[] = [];
    for (const [i, kind] of DOCUMENT_KINDS.entries()) {
      const bytes = makers[i % 3](`${kind}-${i}`);
      // The declared part type and the name say PDF; the content decides.
      const response = await uploadDocument(filing.url, caseId, institution(uscc), {
        kind,
        fileName: `${kind}.pdf`,
        content: bytes,
      }).expect(201);
      expect(response.body).toEqual({
        id: expect.any(String),
        kind,
        fileName: `${kind}.pdf`,
        contentType: types[i % 3],
        size: bytes.length,
        sha256: sha256(bytes),
        uploadedAt: expect.stringMatching(/^2026-11-03T10:00:\d\d\.\d{3}\+08:00$/),
        // Not yet named by a submission.
        submissions: [],
        changeFiling: false,
      });
      uploaded.push({ id: response.body.id, kind, bytes, contentType: types[i % 3] });
    }
    const list = await request(filing.url).get(`/filings/${caseId}/documents`).set('Authorization', department());
    expect(list.status).toBe(200);
    expect(list.body.map((d: { id: string }) => d.id).sort()).toEqual(uploaded.map((u) => u.id).sort());

    for (const { id, bytes, contentType } of uploaded) {
      const download = await request(filing.url)
        .get(`/filings/${caseId}/documents/${id}/content`)
        .set('Authorization', department())
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200);
      expect(download.headers['content-type']).toBe(contentType);
      expect(download.headers['x-content-type-options']).toBe('nosniff');
      expect(sha256(download.body as Buffer)).toBe(sha256(bytes));
    }
    const records = await em().find(DocumentDownload, { filingCaseId: caseId });
    expect(records).toHaveLength(uploaded.length);
    expect(records.every((r) => r.role === 'department' && r.actor === REGION)).toBe(true);
    expect(records[0].downloadedAt.toISOString()).toMatch(/^2026-11-03T02:0/);
    expect((await storedFiles(caseId)).sort()).toEqual(uploaded.map((u) => u.id).sort());
  });

  it('lets the institution and administrators download, and shows other regions and institutions nothing (404)', async () => {
    const { id: caseId, uscc } = await openCase();
    const bytes = samplePdf('营业执照');
    const { body: document } = await uploadDocument(filing.url, caseId, institution(uscc), {
      kind: 'business_license',
      fileName: '营业执照（副本）.pdf',
      content: bytes,
    }).expect(201);
    const content = `/filings/${caseId}/documents/${document.id}/content`;
    const own = await request(filing.url).get(content).set('Authorization', institution(uscc)).expect(200);
    // RFC 5987: the Chinese name survives in filename*, with an ASCII fallback.
    expect(own.headers['content-disposition']).toBe(
      `attachment; filename="????????.pdf"; filename*=UTF-8''${encodeURIComponent('营业执照（副本）.pdf')}`,
    );
    await request(filing.url).get(content).set('Authorization', admin()).expect(200);
    const other = institution('91512081MA62K0260E');
    for (const auth of [department('512021'), other]) {
      await request(filing.url).get(content).set('Authorization', auth).expect(404);
      await request(filing.url).get(`/filings/${caseId}/documents`).set('Authorization', auth).expect(404);
    }
    await uploadDocument(filing.url, caseId, other, { kind: 'food_license', fileName: 'x.pdf', content: bytes }).expect(
      404,
    );
    await request(filing.url).get(content).expect(401);
    await request(filing.url)
      .get(`/filings/${caseId}/documents/${randomUUID()}/content`)
      .set('Authorization', department())
      .expect(404);
    const records = await em().find(DocumentDownload, { documentId: document.id }, { orderBy: { role: 'asc' } });
    expect(records.map((r) => `${r.role}:${r.actor}`)).toEqual(['admin:ops-1', `institution:${uscc}`]);
  });

  it('refuses disguised, empty and unnamed-kind files, keeps odd names harmless, and leaves no partial object', async () => {
    const { id: caseId, uscc } = await openCase();
    const upload = (kind: string, fileName: string, content: Buffer) =>
      uploadDocument(filing.url, caseId, institution(uscc), { kind, fileName, content });
    const exe = Buffer.concat([
      Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00', 'latin1'),
      Buffer.alloc(4096),
    ]);
    const disguised = await upload('business_license', '营业执照.pdf', exe).expect(415);
    expect(disguised.body.message).toContain('营业执照.pdf');
    expect(disguised.body.errors).toEqual([expect.objectContaining({ field: 'file', code: 'unsupported_type' })]);
    const empty = await upload('business_license', 'empty.pdf', Buffer.alloc(0)).expect(400);
    expect(empty.body.errors).toEqual([expect.objectContaining({ field: 'file', code: 'empty' })]);
    const unknownKind = await upload('passport', 'a.pdf', samplePdf()).expect(400);
    expect(unknownKind.body.errors).toEqual([expect.objectContaining({ field: 'kind', code: 'invalid' })]);
    const noKind = await request(filing.url)
      .post(`/filings/${caseId}/documents`)
      .set('Authorization', institution(uscc))
      .attach('file', samplePdf(), 'a.pdf')
      .expect(400);
    expect(noKind.body.errors).toEqual([expect.objectContaining({ field: 'kind', code: 'required' })]);
    const noFile = await request(filing.url)
      .post(`/filings/${caseId}/documents`)
      .set('Authorization', institution(uscc))
      .field('kind', 'premises_proof')
      .expect(400);
    expect(noFile.body.errors).toEqual([expect.objectContaining({ field: 'file', code: 'required' })]);
    await request(filing.url)
      .post(`/filings/${caseId}/documents`)
      .set('Authorization', institution(uscc))
      .send({ kind: 'premises_proof' })
      .expect(400);
    expect(await storedFiles(caseId)).toEqual([]);

    // A raw control character in a part header is not multipart at all; encoded (RFC 2231) it arrives and is cleaned.
    const raw = await upload('premises_proof', 'lease\u0007.pdf', samplePdf('lease')).expect(400);
    expect(raw.body.errors).toEqual([expect.objectContaining({ field: 'file', code: 'malformed' })]);
    const encoded = encodeURIComponent('../../etc/\u0007租赁\u202E合同\r\n.pdf');
    const odd = await request(filing.url)
      .post(`/filings/${caseId}/documents`)
      .set('Authorization', institution(uscc))
      .set('Content-Type', 'multipart/form-data; boundary=XyZ')
      .send(
        Buffer.concat([
          Buffer.from('--XyZ\r\nContent-Disposition: form-data; name="kind"\r\n\r\npremises_proof\r\n'),
          Buffer.from(`--XyZ\r\nContent-Disposition: form-data; name="file"; filename*=UTF-8''${encoded}\r\n\r\n`),
          samplePdf('lease'),
          Buffer.from('\r\n--XyZ--\r\n'),
        ]),
      )
      .expect(201);
    expect(odd.body.fileName).toBe('租赁合同 .pdf');
    expect(await storedFiles(caseId)).toEqual([odd.body.id]);
    const nameless = await upload('premises_proof', '../', samplePng('x')).expect(201);
    expect(nameless.body.fileName).toBe('premises_proof.png');
    expect(await em().count(FilingDocument, { filingCase: caseId })).toBe(2);
  });

  it('submits uploaded ids naming each missing kind; once filed no uploads (409); public list shows none; kept after closing', async () => {
    await setTestClock([filing], '2026-11-03T10:00:00+08:00');
    const { id: caseId, uscc, registrationId } = await openCase();
    const ids = new Map<string, string>();
    for (const kind of DOCUMENT_KINDS.filter((k) => k !== 'fire_safety_certificate' && k !== 'food_license')) {
      const file = { kind, fileName: `${kind}.pdf`, content: samplePdf(kind) };
      ids.set(kind, (await uploadDocument(filing.url, caseId, institution(uscc), file).expect(201)).body.id);
    }
    const submit = () =>
      request(filing.url)
        .post(`/filings/${caseId}/submission`)
        .set('Authorization', institution(uscc))
        .send(filingSubmissionBody([...ids.values()]));
    const incomplete = await submit().expect(400);
    const missing = incomplete.body.errors.filter((e: { code: string }) => e.code === 'missing');
    expect(missing.map((e: { message: string }) => e.message.split(':')[0])).toEqual([
      'missing document fire_safety_certificate',
      'missing document food_license',
    ]);
    const foreign = await request(filing.url)
      .post(`/filings/${caseId}/submission`)
      .set('Authorization', institution(uscc))
      .send(filingSubmissionBody([randomUUID()]))
      .expect(400);
    expect(foreign.body.errors).toEqual([expect.objectContaining({ field: 'documents[0]', code: 'not_found' })]);
    for (const kind of ['fire_safety_certificate', 'food_license']) {
      const file = { kind, fileName: `${kind}.png`, content: samplePng(kind) };
      ids.set(kind, (await uploadDocument(filing.url, caseId, institution(uscc), file).expect(201)).body.id);
    }
    const listSubmissions = async () =>
      (await request(filing.url).get(`/filings/${caseId}/documents`).set('Authorization', department()).expect(200))
        .body as { submissions: number[]; changeFiling: boolean }[];
    expect((await listSubmissions()).map((d) => d.submissions)).toEqual(Array(7).fill([]));
    await submit().expect(201);
    expect(await listSubmissions()).toEqual(
      Array(7).fill(expect.objectContaining({ submissions: [1], changeFiling: false })),
    );
    await request(filing.url).post(`/filings/${caseId}/receipt`).set('Authorization', department()).expect(200);

    const late = await uploadDocument(filing.url, caseId, institution(uscc), {
      kind: 'food_license',
      fileName: 'late.pdf',
      content: samplePdf('late'),
    }).expect(409);
    expect(late.body.message).toContain('is filed');

    const listed = await request(filing.url).get('/public/filings').query({ region: REGION }).expect(200);
    expect(listed.body.some((f: { uscc: string }) => f.uscc === uscc)).toBe(true);
    const documents = await em().find(FilingDocument, { filingCase: caseId });
    for (const d of documents) {
      for (const secret of [d.id, d.sha256, d.fileName, d.storageKey]) expect(listed.text).not.toContain(secret);
    }
    await request(filing.url).get(`/public/filings/${caseId}/documents`).expect(404);

    // 注销: the case closes; its documents stay, dated for retention (DOCUMENT_RETENTION_YEARS=1 here).
    await queues
      .get(QueueName.Filing)
      .add(
        MessageType.RegistrationCancelled,
        { v: 1, registrationId, uscc, cancelledOn: '2026-11-03', reason: '停止经营' },
        { jobId: randomUUID() },
      );
    await waitFor('the case to close', async () => (await em().findOneOrFail(FilingCase, caseId)).status === 'closed');
    const kept = await request(filing.url).get(`/filings/${caseId}/documents`).set('Authorization', department());
    expect(kept.body).toHaveLength(7);
    const first = documents[0];
    await request(filing.url)
      .get(`/filings/${caseId}/documents/${first.id}/content`)
      .set('Authorization', department())
      .expect(200);
    expect((await em().find(FilingDocument, { filingCase: caseId })).map((d) => d.retainUntil)).toEqual(
      Array(7).fill('2027-11-03'),
    );
    expect(await filing.app.get(DocumentRetention).purgeExpired()).toBe(0);
    await setTestClock([filing], '2027-11-04T10:00:00+08:00');
    expect(await filing.app.get(DocumentRetention).purgeExpired()).toBe(7);
    expect(await em().count(FilingDocument, { filingCase: caseId })).toBe(0);
    expect(await storedFiles(caseId)).toEqual([]);
    // The record of who read them stays.
    expect(await em().count(DocumentDownload, { filingCaseId: caseId })).toBe(1);
  });
});
