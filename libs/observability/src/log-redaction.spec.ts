import { REDACTED, redactDeep, redactLogRecord, redactUrl } from './log-redaction';

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

  it('copies nothing when nothing is sensitive, and never changes what it was given', () => {
    const clean = { req: { url: '/registrations', headers: { 'user-agent': 'jest' } }, list: [{ regionCode: '1' }] };
    expect(redactDeep(clean)).toBe(clean);
    const dirty = { a: { b: [{ token: 't1' }, { c: 1 }] } };
    const redacted = redactDeep(dirty) as typeof dirty;
    expect(JSON.stringify(redacted)).not.toContain('t1');
    expect(dirty.a.b[0].token).toBe('t1');
    expect(redacted.a.b[1]).toBe(dirty.a.b[1]);
  });

  it("leaves a log call's req and res to their redacting serializers and redacts the rest", () => {
    const res = { statusCode: 201, socket: { deep: { secret: 'kept for the serializer' } } };
    const record = redactLogRecord({ res, responseTime: 3, url: '/x?token=t1', detail: { apiKey: 't2' } });
    expect(record.res).toBe(res);
    expect(JSON.stringify({ ...record, res: undefined })).not.toMatch(/t1|t2/);
    expect(record.responseTime).toBe(3);
  });
});
