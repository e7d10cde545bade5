import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { postSignedWebhook } from './signed-webhook';
import { publicOnlyLookup, resolvedWebhookUrlProblem } from './webhook-url';

const SECRET = `whsec_${Buffer.from('tuoyu-test-webhook-secret-32-bytes!').toString('base64')}`;

function listen(handler: Parameters<typeof createServer>[1]): Promise<Server> {
  const server = createServer(handler);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
const urlOf = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const close = (server: Server) => new Promise((resolve) => server.close(resolve));

describe('postSignedWebhook', () => {
  const inside: string[] = [];
  let target: Server;
  let redirecting: Server;

  beforeAll(async () => {
    target = await listen((req, res) => {
      inside.push(`${req.method} ${req.url}`);
      res.writeHead(204).end();
    });
    redirecting = await listen((_req, res) => res.writeHead(307, { location: `${urlOf(target)}/internal` }).end());
  });
  afterAll(async () => {
    await close(target);
    await close(redirecting);
  });

  it('delivers to a 2xx receiver', async () => {
    const failure = await postSignedWebhook(
      `${urlOf(target)}/hook`,
      SECRET,
      { id: 'e1', body: '{}' },
      new Date(),
      false,
    );
    expect(failure).toBeUndefined();
    expect(inside).toEqual(['POST /hook']);
  });

  it('does not follow a redirect: the answer is a failure and the target is never called', async () => {
    const failure = await postSignedWebhook(
      `${urlOf(redirecting)}/hook`,
      SECRET,
      { id: 'e2', body: '{}' },
      new Date(),
      false,
    );
    expect(failure).toMatch(/^HTTP 307 \(redirects are not followed\)/);
    expect(inside).toEqual(['POST /hook']);
  });

  it('publicOnly: refuses an internal address before connecting (names: publicOnlyLookup below)', async () => {
    const port = (target.address() as AddressInfo).port;
    expect(
      await postSignedWebhook(`https://127.0.0.1:${port}/x`, SECRET, { id: 'e3', body: '{}' }, new Date(), true),
    ).toMatch(/loopback/);
    expect(inside).toEqual(['POST /hook']);
  });
});

describe('resolvedWebhookUrlProblem in production', () => {
  const resolving = (address: string) => () => Promise.resolve([{ address: '203.0.113.9' }, { address }]);

  it.each([
    ['10.0.0.5', 'private'],
    ['169.254.169.254', 'link-local'],
    ['::1', 'loopback'],
    ['::ffff:192.168.0.1', 'private'],
  ])('refuses a name that resolves to %s', async (address, words) => {
    const problem = await resolvedWebhookUrlProblem('https://hook.example.cn/x', true, resolving(address));
    expect(problem).toContain(words.split('-')[0]);
    expect(problem).toContain(address);
  });

  it('accepts a name with public addresses only; refuses one that does not resolve', async () => {
    expect(
      await resolvedWebhookUrlProblem('https://hook.example.cn/x', true, resolving('198.51.100.4')),
    ).toBeUndefined();
    expect(
      await resolvedWebhookUrlProblem('https://nowhere.example.cn/x', true, () =>
        Promise.reject(new Error('ENOTFOUND')),
      ),
    ).toMatch(/resolves/);
  });

  it('resolves nothing outside production (development receivers on this host)', async () => {
    const never = () => Promise.reject(new Error('must not be asked'));
    expect(await resolvedWebhookUrlProblem('http://127.0.0.1:4000/hook', false, never)).toBeUndefined();
  });

  it('the connection lookup refuses loopback', async () => {
    const error = await new Promise<Error | null>((resolve) => publicOnlyLookup('localhost', {}, (e) => resolve(e)));
    expect(error?.message).toMatch(/internal address/);
  });
});
