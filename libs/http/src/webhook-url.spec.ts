import { webhookUrlProblem } from './webhook-url';

describe('webhookUrlProblem in production', () => {
  it.each([
    ['https://health.example.gov.cn/tuoyu/webhook', undefined],
    ['https://203.0.113.7/hook', undefined],
    ['http://health.example.gov.cn/hook', 'https'],
    ['https://localhost/hook', 'localhost'],
    ['https://127.0.0.1/hook', 'loopback'],
    ['https://10.1.2.3/hook', 'private'],
    ['https://172.20.0.1/hook', 'private'],
    ['https://192.168.1.1/hook', 'private'],
    ['https://169.254.169.254/latest/meta-data', 'link-local'],
    ['https://[::1]/hook', 'loopback'],
    ['https://[fe80::1]/hook', 'link-local'],
    ['https://[fd00::1]/hook', 'private'],
    ['https://[::ffff:127.0.0.1]/hook', 'loopback'],
    ['https://0.0.0.0/hook', 'loopback'],
  ])('%s', (url, problem) => {
    const found = webhookUrlProblem(url, true);
    if (problem) expect(found).toContain(problem);
    else expect(found).toBeUndefined();
  });

  it('allows http and local receivers outside production (development, tests)', () => {
    expect(webhookUrlProblem('http://127.0.0.1:4000/hook', false)).toBeUndefined();
  });
});
