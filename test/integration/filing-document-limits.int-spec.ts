import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { MikroORM } from '@mikro-orm/core';
import { MessageType, QueueName } from '@tuoyu/contracts';
import { DocumentStore, LocalDocumentStore } from '@tuoyu/documents';
import { FilingCase, FilingDocument } from '@tuoyu/filing-domain';
import { TestApp, TestQueues, registrationApprovedPayload, startTestApp, waitFor } from '@tuoyu/testing';
import { FilingAppModule } from '../../apps/filing/src/filing-app.module';

const MiB = 1024 * 1024;

interface StreamedUpload {
  status: number;
  body: { message?: string; errors?: { field: string; code: string }[]; sha256?: string; size?: number };
  /** Bytes of the file the client had handed to the socket when the answer arrived. */
  sentWhenAnswered: number;
}

/**
 * A client that generates `size` bytes of a PDF lazily (64 KiB at a time, nothing held) and stops sending as
 * soon as the server answers: what a browser does with a large file.
 */
function streamUpload(url: string, path: string, authorization: string, size: number): Promise<StreamedUpload> {
  const boundary = `tuoyu-${randomUUID()}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nbusiness_license\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\n` +
      'Content-Type: application/pdf\r\n\r\n',
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  let sent = 0;
  let answered = false;
  const body = new Readable({
    read() {
      if (answered) return void this.push(null);
      if (sent === 0) this.push(head);
      const part = sent === 0 ? Buffer.concat([Buffer.from('%PDF-1.7\n'), chunk]).subarray(0, chunk.length) : chunk;
      const piece = part.subarray(0, Math.min(part.length, size - sent));
      sent += piece.length;
      this.push(piece);
      if (sent >= size) {
        this.push(tail);
        this.push(null);
      }
    },
  });
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${url}${path}`, {
      method: 'POST',
      headers: {
        Authorization: authorization,
        'Content-Type': `multipart/form-data; boundary=${boundary}`,
        'Transfer-Encoding': 'chunked',
      },
    });
    req.on('response', (res) => {
      answered = true;
      const sentWhenAnswered = sent;
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        body.unpipe(req);
        body.destroy();
        req.destroy();
        resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString()), sentWhenAnswered });
      });
    });
    // The server closes the connection after refusing; a write still in flight then fails, which is expected.
    req.on('error', (error) => (answered ? undefined : reject(error)));
    body.pipe(req);
  });
}

// A forced collection in each sample keeps garbage (socket chunks already passed on) out of the reading, so the
// peak shows what the process holds, not when V8 last collected.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as (options?: { type: 'minor' | 'major' }) => void;

/** RSS of this process (service and client) while `work` runs, sampled every 20 ms after a young-generation collection. */
async function measureRss<T>(work: () => Promise<T>): Promise<{ result: T; before: number; peak: number }> {
  gc({ type: 'major' });
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => {
    gc({ type: 'minor' });
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  try {
    const result = await work();
    return { result, before, peak: Math.max(peak, process.memoryUsage().rss) };
  } finally {
    clearInterval(timer);
  }
}

describe('filing document size limit: 20 MiB, refused while streaming, memory flat', () => {
  let filing: TestApp;
  let queues: TestQueues;
  const em = () => filing.app.get(MikroORM).em.fork();
  const institution = (uscc: string) => `Bearer ${filing.token({ role: 'institution', uscc })}`;
  const storedFiles = (caseId: string) =>
    readdir(join(filing.app.get<DocumentStore, LocalDocumentStore>(DocumentStore).root, caseId)).catch(
      () => [] as string[],
    );

  async function openCase(): Promise<FilingCase> {
    const payload = registrationApprovedPayload({ approvedOn: '2026-11-02' });
    await queues.get(QueueName.Filing).add(MessageType.RegistrationApproved, payload, { jobId: randomUUID() });
    return waitFor('the filing case', () => em().findOne(FilingCase, { registrationId: payload.registrationId }));
  }

  beforeAll(async () => {
    filing = await startTestApp(FilingAppModule, 'filing');
    queues = new TestQueues();
  });
  afterAll(async () => {
    await filing?.close();
    await queues?.close();
  });

  it('stores a file just under 20 MiB without holding it, and refuses 100 MiB at 20 MiB (413) leaving nothing', async () => {
    const { id: caseId, uscc } = await openCase();
    const path = `/filings/${caseId}/documents`;
    // Warm the path up (lazy module loading, first query) so it does not count as growth.
    await streamUpload(filing.url, path, institution(uscc), 64 * 1024);

    const near = await measureRss(() => streamUpload(filing.url, path, institution(uscc), 20 * MiB - 4096));
    expect(near.result.status).toBe(201);
    expect(near.result.body.size).toBe(20 * MiB - 4096);

    const big = await measureRss(() => streamUpload(filing.url, path, institution(uscc), 100 * MiB));
    const mib = (n: number) => (n / MiB).toFixed(1);
    console.log(
      `RSS 20 MiB - 4 KiB stored: before ${mib(near.before)} MiB, peak ${mib(near.peak)} MiB (+${mib(near.peak - near.before)}); ` +
        `100 MiB refused: before ${mib(big.before)} MiB, peak ${mib(big.peak)} MiB (+${mib(big.peak - big.before)}); ` +
        `client had sent ${mib(big.result.sentWhenAnswered)} MiB of 100 MiB when the 413 arrived`,
    );
    expect(big.result.status).toBe(413);
    expect(big.result.body.message).toContain('big.pdf');
    expect(big.result.body.errors).toEqual([expect.objectContaining({ field: 'file', code: 'too_large' })]);
    // Refused at the limit, not after the whole body: well before 100 MiB were sent.
    expect(big.result.sentWhenAnswered).toBeLessThan(40 * MiB);
    // Flat: holding the stored file, or buffering the refused body up to the limit, would add 20 MiB.
    expect(near.peak - near.before).toBeLessThan(12 * MiB);
    expect(big.peak - big.before).toBeLessThan(12 * MiB);

    const documents = await em().find(FilingDocument, { filingCase: caseId });
    expect(documents).toHaveLength(2);
    expect((await storedFiles(caseId)).sort()).toEqual(documents.map((d) => d.id).sort());
  });
});
