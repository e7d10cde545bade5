import request from 'supertest';
import { TestSystem, startTestSystem } from '../support/test-system';

// 晋城: 城区 (140502).
const REGION = '140502';
const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';

describe('department directory: an edit keeps what it leaves out, null clears, the phone is checked', () => {
  let system: TestSystem;
  let admin: string;

  beforeAll(async () => {
    system = await startTestSystem();
    admin = `Bearer ${system.filing.token({ role: 'admin', subject: 'ops-wang' })}`;
  });
  afterAll(async () => {
    await system?.close();
  });

  const put = (body: object) =>
    request(system.filing.url).put(`/departments/${REGION}`).set('Authorization', admin).send(body);
  const get = () =>
    request(system.filing.url)
      .get(`/departments/${REGION}`)
      .set('Authorization', admin)
      .expect(200)
      .then((r) => r.body as Record<string, unknown>);

  it('renaming a department (as the portal does) keeps its phone, webhook, secret and population', async () => {
    await put({
      name: '晋城市城区卫生健康局',
      email: 'wjw@chengqu.example.cn',
      phone: '0356-2021234',
      webhookUrl: 'http://127.0.0.1:9/hook',
      webhookSecret: SECRET,
      population: 500_000,
    }).expect(200);
    const renamed = await put({ name: '晋城市城区卫生健康和体育局', email: 'wjw@chengqu.example.cn' }).expect(200);
    const kept = {
      name: '晋城市城区卫生健康和体育局',
      phone: '0356-2021234',
      webhookUrl: 'http://127.0.0.1:9/hook',
      hasWebhookSecret: true,
      population: 500_000,
    };
    expect(renamed.body).toMatchObject(kept);
    expect(await get()).toMatchObject(kept);
  });

  it('null clears an optional field and leaves the others', async () => {
    const cleared = await put({
      name: '晋城市城区卫生健康和体育局',
      email: 'wjw@chengqu.example.cn',
      webhookUrl: null,
      webhookSecret: null,
    }).expect(200);
    expect(cleared.body).toMatchObject({ webhookUrl: null, hasWebhookSecret: false, phone: '0356-2021234' });
    expect(await get()).toMatchObject({ webhookUrl: null, hasWebhookSecret: false, population: 500_000 });
  });

  it.each([
    ['letters', 'call us'],
    ['too short', '123'],
    ['a number', 12345678],
  ])('refuses a phone that is %s with 400 naming the field, and keeps the entry', async (_case, phone) => {
    const refused = await put({ name: '改名', email: 'wjw@chengqu.example.cn', phone }).expect(400);
    expect(JSON.stringify(refused.body)).toContain('phone');
    expect(await get()).toMatchObject({ name: '晋城市城区卫生健康和体育局', phone: '0356-2021234' });
  });
});
