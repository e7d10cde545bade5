// npm run demo: builds, starts every service with clock control on (this run only), seeds a county
// (departments, an authority, institutions in every state, dates relative to today) and prints what to open
// and what to try. Stop with Ctrl-C. Uses DATABASE_PREFIX tuoyu_demo unless set, so it never touches your data.
import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { JwtService } from '@nestjs/jwt';
import { SystemClock } from '@tuoyu/clock';
import { AppConfig } from '@tuoyu/config';
import { Principal, TokenService } from '@tuoyu/identity';
import { DOCUMENT_KINDS } from '@tuoyu/filing-domain';
import { filingSubmissionBody, makeResidentId, makeUscc, samplePdf } from '@tuoyu/testing';

const env = {
  ...process.env,
  ALLOW_CLOCK_OVERRIDE: 'true',
  DATABASE_PREFIX: process.env.DATABASE_PREFIX ?? 'tuoyu_demo',
  QUEUE_PREFIX: process.env.QUEUE_PREFIX ?? 'tuoyu_demo',
};
const config = AppConfig.fromEnv(env);
const url = (service: 'admin' | 'registration' | 'filing' | 'evaluation' | 'notification') =>
  `http://127.0.0.1:${config.port(service)}`;
const tokens = new TokenService(new JwtService({}), config, new SystemClock());
const token = (p: Principal) => tokens.sign(p, 7 * 86400);

/** A local date in China, `days` from today. */
function day(days: number): string {
  const shanghai = new Date(Date.now() + 8 * 3600_000 + days * 86400_000);
  return shanghai.toISOString().slice(0, 10);
}

async function call(method: string, target: string, who: Principal, body?: unknown, type = 'application/json') {
  const response = await fetch(target, {
    method,
    headers: { Authorization: `Bearer ${token(who)}`, 'Content-Type': type },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${target} → ${response.status}: ${text}`);
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

/** One sample PDF of every document kind, uploaded as the institution would (multipart). */
async function uploadDocuments(caseId: string, who: Principal): Promise<string[]> {
  const ids: string[] = [];
  for (const kind of DOCUMENT_KINDS) {
    const form = new FormData();
    form.append('kind', kind);
    form.append(
      'file',
      new Blob([new Uint8Array(samplePdf(`${caseId}/${kind}`))], { type: 'application/pdf' }),
      `${kind}.pdf`,
    );
    const response = await fetch(`${url('filing')}/filings/${caseId}/documents`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token(who)}` },
      body: form,
    });
    if (response.status !== 201) throw new Error(`upload of ${kind} → ${response.status}: ${await response.text()}`);
    ids.push(((await response.json()) as { id: string }).id);
  }
  return ids;
}

async function healthy(): Promise<void> {
  for (;;) {
    const answers = await Promise.all(
      (['admin', 'registration', 'filing', 'evaluation', 'notification'] as const).map((s) =>
        fetch(`${url(s)}/health`).then(
          (r) => r.ok,
          () => false,
        ),
      ),
    );
    if (answers.every(Boolean)) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

function institution(name: string, region: string, history: Record<string, string>, approvedOn: string) {
  const uscc = makeUscc({ region });
  return {
    uscc,
    name,
    nature: 'forprofit',
    authorityKind: 'market_regulation',
    regionCode: region,
    address: `四川省资阳市${region === '512002' ? '雁江区' : '乐至县'}人民路${uscc.slice(10, 13)}号`,
    legalRepresentative: { name: '王芳', idNumber: makeResidentId({ region }) },
    contact: { email: `office-${uscc.toLowerCase()}@example.cn`, phone: '028-26123456' },
    businessScope: '3岁以下婴幼儿托育服务',
    serviceTypes: ['full_day', 'half_day'],
    capacity: 60,
    inclusive: true,
    approvedOn,
    ...history,
  };
}

async function seed(): Promise<string[]> {
  const admin: Principal = { role: 'admin', subject: 'demo' };
  const authority: Principal = { role: 'authority', region: '512000', subject: 'demo' };
  for (const [code, name, email] of [
    ['512002', '资阳市雁江区卫生健康局', 'wjw@yanjiang.example.cn'],
    ['512022', '资阳市乐至县卫生健康局', 'wjw@lezhi.example.cn'],
  ]) {
    await call('PUT', `${url('filing')}/departments/${code}`, admin, { name, email, population: 300000 });
  }
  await call('PUT', `${url('registration')}/authorities/512000/market_regulation`, admin, {
    name: '资阳市市场监督管理局',
    email: 'scjg@ziyang.example.cn',
  });
  const rows = [
    institution(
      '雁江区星光托育园（已备案、已评估）',
      '512002',
      {
        sharedOn: day(-395),
        filedOn: day(-380),
        receiptNumber: `雁卫托备〔${day(-380).slice(0, 4)}〕7号`,
        evaluationLevel: 'B',
        evaluatedOn: day(-200),
        lastInspectionOn: day(-100),
      },
      day(-400),
    ),
    institution('乐至县童心托育中心（已推送、待备案）', '512022', { sharedOn: day(-2) }, day(-3)),
    institution('雁江区小太阳托育（逾期未备案）', '512002', { sharedOn: day(-35) }, day(-40)),
  ];
  const job = await call(
    'POST',
    `${url('registration')}/registrations/imports`,
    authority,
    rows.map((r) => JSON.stringify(r)).join('\n'),
    'application/x-ndjson',
  );
  // Institutions approved today, then taken through submission and each review decision.
  const fresh = [
    '雁江区启明托育（已提交）',
    '雁江区彩虹托育（待补正）',
    '雁江区蓝天托育（不予备案）',
    '雁江区新苗托育（新登记）',
  ];
  const usccs: string[] = [];
  for (const name of fresh) {
    const body = institution(name, '512002', {}, day(0));
    await call('POST', `${url('registration')}/registrations`, authority, body);
    usccs.push(body.uscc);
  }
  const department: Principal = { role: 'department', region: '512002', subject: 'demo' };
  const caseOf = async (uscc: string) => {
    for (;;) {
      const list = (await call('GET', `${url('filing')}/filings?uscc=${uscc}`, department)) as unknown as {
        id: string;
      }[];
      if (list[0]) return list[0].id;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  };
  const decisions = [
    undefined,
    { decision: 'request_correction', comment: '消防安全检查合格证明已过期，请提交有效期内的证明' },
    { decision: 'reject', comment: '场地设在地下室，不符合托育机构设置标准' },
  ];
  for (const [i, decision] of decisions.entries()) {
    const uscc = usccs[i];
    const id = await caseOf(uscc);
    try {
      const institution: Principal = { role: 'institution', uscc, subject: 'demo' };
      const documents = await uploadDocuments(id, institution);
      await call('POST', `${url('filing')}/filings/${id}/submission`, institution, filingSubmissionBody(documents));
      if (decision) await call('POST', `${url('filing')}/filings/${id}/review`, department, decision);
    } catch (error) {
      process.stdout.write(`[demo] could not take ${uscc} through review: ${(error as Error).message}\n`);
    }
  }
  return [String(job.id), usccs[0]];
}

const child = spawn(process.execPath, ['scripts/start-all.js'], { env, stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
process.on('SIGINT', () => child.kill('SIGINT'));

void (async () => {
  await healthy();
  const [importId, submitted] = await seed();
  const admin = token({ role: 'admin', subject: 'demo' });
  const department = token({ role: 'department', region: '512002', subject: 'demo' });
  const mail = process.env.SMTP_URL ? '(your SMTP relay)' : `http://127.0.0.1:${process.env.DEV_MAIL_WEB_PORT ?? 1080}`;
  process.stdout.write(`
================================ Tuoyu demo is ready ================================
A county (资阳市: 雁江区 512002, 乐至县 512022) with institutions in every state, dates relative to today.

Open:
  mail            ${mail}   (the notices the seed just caused)
  filing API      ${url('filing')}/docs     (Authorize with the department token below)
  queues          ${url('admin')}/admin/queues  (sign in at the portal as the administrator)
  import job      ${url('registration')}/registrations/imports/${importId}

Tokens (7 days):
  DEPT=${department}

Try:
  curl -s "${url('filing')}/filings?region=512002" -H "Authorization: Bearer $DEPT"
  curl -s -X POST ${url('filing')}/filings/<id of ${submitted}>/review -H "Authorization: Bearer $DEPT" \\
       -H 'Content-Type: application/json' -d '{"decision": "accept"}'
  # move every service's clock 16 days ahead and watch reminders and overdue notices arrive:
  curl -s -X POST ${url('admin')}/admin/clock -H "Authorization: Bearer ${admin}" \\
       -H 'Content-Type: application/json' -d '{"offsetMs": ${16 * 86400_000}}'
  curl -s ${url('filing')}/public/filings?region=512002
======================================================================================
`);
})().catch((error: Error) => {
  process.stdout.write(`[demo] seeding failed: ${error.message}\n`);
});
