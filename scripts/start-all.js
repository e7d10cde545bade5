#!/usr/bin/env node
// Runs every service (each its own process) from dist/, plus a development mail catcher when SMTP_URL is
// unset, then prints where everything is once each /health answers. Stop with Ctrl-C.
const { concurrently } = require('concurrently');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const env = process.env;
// Readable lines for a person at a terminal; production (and LOG_FORMAT=json) keeps JSON for log shippers.
if (!env.LOG_FORMAT && env.NODE_ENV !== 'production') env.LOG_FORMAT = 'pretty';
const services = [
  ['admin', env.PORT_ADMIN ?? 3000],
  ['registration', env.PORT_REGISTRATION ?? 3001],
  ['filing', env.PORT_FILING ?? 3002],
  ['evaluation', env.PORT_EVALUATION ?? 3003],
  ['notification', env.PORT_NOTIFICATION ?? 3004],
];
const mailCatcher = !env.SMTP_URL && env.NODE_ENV !== 'production';
const mailSmtp = env.DEV_MAIL_SMTP_PORT ?? 1025;
const mailWeb = env.DEV_MAIL_WEB_PORT ?? 1080;

const commands = services.map(([name]) => ({
  name,
  command: `node ${path.join('dist', 'apps', name, 'apps', name, 'src', 'main.js')}`,
  cwd: root,
}));
if (mailCatcher) {
  commands.push({
    name: 'mail',
    command: `${path.join('node_modules', '.bin', 'maildev')} --smtp ${mailSmtp} --web ${mailWeb} --ip 127.0.0.1 --web-ip 127.0.0.1 --silent`,
    cwd: root,
  });
}

const { result } = concurrently(commands, { killOthers: ['failure', 'success'], prefix: 'name', restartTries: 0 });

async function healthy(port) {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(1000) });
    return response.ok;
  } catch {
    return false;
  }
}

(async () => {
  const started = Date.now();
  const pending = new Set(services.map(([name]) => name));
  while (pending.size > 0 && Date.now() - started < 120_000) {
    for (const [name, port] of services) if (pending.has(name) && (await healthy(port))) pending.delete(name);
    if (pending.size > 0) await new Promise((resolve) => setTimeout(resolve, 500));
  }
  if (pending.size > 0) {
    process.stdout.write(`\n[start] not healthy after 120 s: ${[...pending].join(', ')} (see their logs above)\n`);
    return;
  }
  const lines = services.map(
    ([name, port]) => `  ${name.padEnd(13)} http://127.0.0.1:${port}   (OpenAPI /docs, /health, /metrics)`,
  );
  lines.push(
    '  queues        http://127.0.0.1:' + services[0][1] + '/admin/login?token=$(npm run -s token -- --role admin)',
  );
  if (mailCatcher) lines.push(`  mail catcher  http://127.0.0.1:${mailWeb}   (SMTP_URL unset: every email lands here)`);
  const rule = '='.repeat(78);
  process.stdout.write(`\n${rule}\n[start] Tuoyu is up and healthy:\n${lines.join('\n')}\n${rule}\n\n`);
})();

result.then(
  () => process.exit(0),
  () => process.exit(1),
);
