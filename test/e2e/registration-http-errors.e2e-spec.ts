import { TestApp, makeResidentId, makeUscc, registrationBody, startTestApp } from '@tuoyu/testing';
import request from 'supertest';
import { RegistrationAppModule } from '../../apps/registration/src/registration-app.module';

/** A resident ID whose check character is certainly wrong. */
function withWrongCheckDigit(valid: string): string {
  return `${valid.slice(0, 17)}${valid[17] === '0' ? '1' : '0'}`;
}

describe('POST /registrations rejects bad input with the api.md error shape', () => {
  let app: TestApp;
  let authority: string;

  beforeAll(async () => {
    app = await startTestApp(RegistrationAppModule, 'registration');
    authority = app.token({ role: 'authority', region: '512002' });
  });
  afterAll(() => app?.close());

  const post = (body: unknown, token: string | null = authority) => {
    const req = request(app.url).post('/registrations').set('Content-Type', 'application/json');
    if (token) req.set('Authorization', `Bearer ${token}`);
    return req.send(typeof body === 'string' ? body : JSON.stringify(body));
  };

  it('400 for invalid JSON, naming the body', async () => {
    const response = await post('{"uscc": "91512081MA62K0260E",').expect(400);
    expect(response.body).toMatchObject({
      statusCode: 400,
      error: 'Bad Request',
      errors: [{ field: 'body', code: 'invalid_json' }],
    });
  });

  it('400 listing every missing field', async () => {
    const response = await post({}).expect(400);
    const fields = response.body.errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(
      [
        'address',
        'approvedOn',
        'authorityKind',
        'businessScope',
        'capacity',
        'contact',
        'inclusive',
        'legalRepresentative',
        'name',
        'nature',
        'regionCode',
        'serviceTypes',
        'uscc',
      ].sort(),
    );
    expect(response.body.errors.every((e: { code: string }) => e.code === 'required')).toBe(true);
  });

  it.each([
    ['capacity', 'sixty', 'type'],
    ['capacity', 0, 'min'],
    ['inclusive', 'yes', 'type'],
    ['serviceTypes', ['overnight'], 'enum'],
    ['approvedOn', '2026-02-30', 'format'],
    ['nature', 'charity', 'enum'],
    ['uscc', '91512081MA62K0260F', 'checksum'],
    ['uscc', '91512081MA62K0260', 'format'],
    ['regionCode', '992002', 'format'],
    ['businessScope', '餐饮服务', 'format'],
  ])('400 when %s is %p (code %s)', async (field, value, code) => {
    const response = await post(registrationBody({ [field]: value })).expect(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ field, code })]);
    expect(response.body.message).toContain(field);
  });

  it.each([
    ['legalRepresentative.idNumber', { name: '张三', idNumber: withWrongCheckDigit(makeResidentId()) }],
    ['contact.email', { email: 'not-an-email', phone: '028-12345678' }],
  ])('400 naming the nested field %s', async (field, value) => {
    const top = field.split('.')[0];
    const response = await post(registrationBody({ [top]: value })).expect(400);
    expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it.each([
    [
      'a nature the authority does not register',
      { nature: 'nonprofit' },
      [
        ['nature', 'authority_mismatch'],
        ['uscc', 'entity_type_mismatch'],
      ],
    ],
    [
      'a USCC issued by another kind of authority',
      { uscc: makeUscc({ department: '5', entityType: '2' }) },
      [['uscc', 'department_mismatch']],
    ],
    [
      'a 个体工商户 code for a non-profit by 民政',
      { authorityKind: 'civil_affairs', nature: 'nonprofit' },
      [['uscc', 'department_mismatch']],
    ],
  ])('400 for %s, naming the fields', async (_case, change, expected) => {
    const response = await post(registrationBody(change)).expect(400);
    expect(response.body.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual(expected);
  });

  it('400 for an unknown field rather than silently dropping it', async () => {
    const response = await post(registrationBody({ extra: 1 })).expect(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'extra', code: 'unknown_field' })]);
  });

  it('400 for an approval date in the future', async () => {
    const response = await post(registrationBody({ approvedOn: '2999-01-01' })).expect(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'approvedOn', code: 'future' })]);
  });

  it('401 without a token, or with a token signed by someone else', async () => {
    const none = await post(registrationBody(), null).expect(401);
    expect(none.body).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
    const forged = 'eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoiYXV0aG9yaXR5IiwicmVnaW9uIjoiNTEyMDAyIn0.c2lnbmF0dXJl';
    await post(registrationBody(), forged).expect(401);
  });

  it('403 for a role that may not register, or an authority outside the region', async () => {
    const department = app.token({ role: 'department', region: '512002' });
    const wrongRole = await post(registrationBody(), department).expect(403);
    expect(wrongRole.body).toMatchObject({ statusCode: 403, error: 'Forbidden' });
    const elsewhere = app.token({ role: 'authority', region: '430200' });
    await post(registrationBody(), elsewhere).expect(403);
  });

  it('409 when the USCC is already registered', async () => {
    const body = registrationBody();
    await post(body).expect(201);
    const again = await post({ ...body, name: '另一个名字托育' }).expect(409);
    expect(again.body.errors).toEqual([expect.objectContaining({ field: 'uscc', code: 'duplicate' })]);
  });

  it('201 with a warning, not a 400, for a county missing from the shipped list (soft check)', async () => {
    const cityAuthority = app.token({ role: 'authority', region: '512000' });
    const response = await post(registrationBody({ regionCode: '512099' }), cityAuthority).expect(201);
    expect(response.body.warnings).toEqual([expect.objectContaining({ field: 'regionCode', code: 'unknown_county' })]);
    const known = await post(registrationBody(), authority).expect(201);
    expect(known.body.warnings).toEqual([]);
  });

  it('404 for an unknown registration, 400 for a malformed id', async () => {
    await request(app.url)
      .get('/registrations/5b0c1f8e-8f7a-4a51-9a8e-2a3f4b5c6d7e')
      .set('Authorization', `Bearer ${authority}`)
      .expect(404);
    const bad = await request(app.url)
      .get('/registrations/nope')
      .set('Authorization', `Bearer ${authority}`)
      .expect(400);
    expect(bad.body.statusCode).toBe(400);
  });
});
