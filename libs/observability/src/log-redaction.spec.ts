import { REDACTED, redactDeep, redactUrl } from './log-redaction';

describe('log redaction', () => {
  it.each([
    ['/admin/login?token=abc.def', '/admin/login?token=[Redacted]'],
    ['/filings/1?access_token=abc&x=1', '/filings/1?access_token=[Redacted]&x=1'],
    ['/sign-in?code=123456&region=512002', '/sign-in?code=[Redacted]&region=512002'],
    ['/public/filings?region=512002', '/public/filings?region=512002'],
  ])('redacts sensitive URL parameters: %s', (url, expected) => {
    expect(redactUrl(url)).toBe(expected);
  });

  it('redacts by key name anywhere, keeping the rest', () => {
    const record = {
      req: {
        url: '/x?access_token=t1',
        headers: { authorization: 'Bearer t2', cookie: 'a=t3', 'x-api-key': 't4', 'user-agent': 'jest' },
        query: { access_token: 't1', region: '512002' },
      },
      body: { code: '123456', nested: [{ webhookSecret: 't5', signInCode: 'x', regionCode: '512002' }] },
    };
    const text = JSON.stringify(redactDeep(record));
    for (const secret of ['t1', 't2', 't3', 't4', 't5', '123456']) expect(text).not.toContain(`"${secret}`);
    expect(text).toContain('jest');
    expect(text).toContain('"regionCode":"512002"');
    expect(text).toContain(REDACTED);
  });
});
