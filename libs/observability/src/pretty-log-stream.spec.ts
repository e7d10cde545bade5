import { PassThrough } from 'node:stream';
import pino from 'pino';
import { prettyLogStream, quietStartUp } from './pretty-log-stream';

function capture(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: string[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
  return { stream, text: () => chunks.join('') };
}

describe('LOG_FORMAT=pretty', () => {
  it('writes one readable line per entry, with its context, not JSON', () => {
    const out = capture();
    const logger = pino({ name: 'filing' }, prettyLogStream(out.stream));
    logger.info({ context: 'FilingReviewService' }, 'filing accepted');
    const lines = out.text().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('[FilingReviewService] filing accepted');
    expect(lines[0]).not.toMatch(/^\{/);
  });

  it.each([['InstanceLoader'], ['RoutesResolver'], ['RouterExplorer']])(
    'drops the start-up chatter of %s at info, keeps its warnings',
    (context) => {
      const out = capture();
      const logger = pino({ hooks: quietStartUp }, out.stream);
      logger.info({ context }, 'Mapped {/filings, GET} route');
      logger.warn({ context }, 'something to see');
      logger.info({ context: 'NestApplication' }, 'Nest application successfully started');
      const messages = out
        .text()
        .trim()
        .split('\n')
        .map((line) => (JSON.parse(line) as { msg: string }).msg);
      expect(messages).toEqual(['something to see', 'Nest application successfully started']);
    },
  );
});
