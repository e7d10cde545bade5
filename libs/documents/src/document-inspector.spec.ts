import { createHash } from 'node:crypto';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DocumentInspector } from './document-inspector';

const PDF = Buffer.from('%PDF-1.7\n%%EOF\n');
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xdb, 0x00, 0x43, 0x00, 0x08]);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
const EXE = Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00', 'latin1');
const ZIP = Buffer.from('PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00\x21\x00', 'latin1');

/** Runs `chunks` through an inspector; resolves with its result and what came out, or rejects with its error. */
async function inspect(chunks: Buffer[], limit?: number) {
  const inspector = new DocumentInspector('营业执照.pdf', limit);
  const out: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _e, done) {
      out.push(chunk);
      done();
    },
  });
  await pipeline(Readable.from(chunks), inspector, sink);
  return { ...inspector.result, passed: Buffer.concat(out) };
}

describe('DocumentInspector', () => {
  it.each([
    ['a PDF', [PDF], 'application/pdf'],
    ['a JPEG', [JPEG, Buffer.alloc(100)], 'image/jpeg'],
    ['a PNG', [PNG], 'image/png'],
    [
      'a PDF whose signature is split over chunks',
      [PDF.subarray(0, 2), PDF.subarray(2, 3), PDF.subarray(3)],
      'application/pdf',
    ],
    ['a PDF shorter than the sniffed head', [Buffer.from('%PDF-')], 'application/pdf'],
  ])('recognises %s, hashes and passes on every byte', async (_case, chunks, contentType) => {
    const whole = Buffer.concat(chunks);
    const result = await inspect(chunks);
    expect(result).toMatchObject({ contentType, size: whole.length });
    expect(result.sha256).toBe(createHash('sha256').update(whole).digest('hex'));
    expect(result.passed.equals(whole)).toBe(true);
  });

  it.each([
    [
      'an .exe named .pdf',
      [EXE],
      'unsupported_type',
      /"营业执照.pdf" is not a PDF, JPEG or PNG file \(its content is exe\)/,
    ],
    ['a zip', [ZIP], 'unsupported_type', /is not a PDF, JPEG or PNG/],
    ['plain text', [Buffer.from('hello, this is text')], 'unsupported_type', /unrecognised content/],
    ['nothing', [], 'empty', /"营业执照.pdf" is empty/],
    ['an empty chunk only', [Buffer.alloc(0)], 'empty', /is empty/],
  ])('refuses %s', async (_case, chunks, code, message) => {
    const error = (await inspect(chunks).then(
      () => undefined,
      (e: unknown) => e,
    )) as { problems: { code: string }[]; message: string };
    expect(error.problems[0].code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it.each([
    [1024, 1024, 'accepted'],
    [1024, 1025, 'too_large'],
  ])('with a limit of %i bytes, %i bytes are %s', async (limit, size, outcome) => {
    const chunks = [PDF, Buffer.alloc(size - PDF.length, 0x20)];
    const result = await inspect(chunks, limit).then(
      () => 'accepted',
      (e: { problems: { code: string }[] }) => e.problems[0].code,
    );
    expect(result).toBe(outcome);
  });

  it('fails in the chunk that crosses the limit, before the stream ends', async () => {
    let pulled = 0;
    const endless = new Readable({
      read() {
        pulled += 1;
        this.push(pulled === 1 ? PDF : Buffer.alloc(256, 0x20));
      },
    });
    const inspector = new DocumentInspector('big.pdf', 4096);
    await expect(pipeline(endless, inspector, new Writable({ write: (_c, _e, done) => done() }))).rejects.toThrow(
      /"big.pdf" is larger than/,
    );
    // 16 chunks cross the limit; the source reads ahead at most its 16 KiB high-water mark (64 chunks) more.
    expect(pulled).toBeLessThanOrEqual(16 + 64 + 2);
  });
});
