#!/usr/bin/env node
// Builds only the services whose sources changed since their last build (npm start): a service is stale when
// any .ts file of its app or of libs/, or a tsconfig, package-lock.json or nest-cli.json, is newer than its main.js.
const { execFileSync } = require('node:child_process');
const { existsSync, readdirSync, statSync } = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const services = ['registration', 'filing', 'evaluation', 'notification', 'admin'];

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) latest = Math.max(latest, newest(full));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts'))
      latest = Math.max(latest, statSync(full).mtimeMs);
  }
  return latest;
}

const shared = Math.max(
  newest(path.join(root, 'libs')),
  ...['tsconfig.json', 'package-lock.json', 'nest-cli.json'].map((f) => statSync(path.join(root, f)).mtimeMs),
);
const stale = services.filter((service) => {
  const main = path.join(root, 'dist', 'apps', service, 'apps', service, 'src', 'main.js');
  if (!existsSync(main)) return true;
  const built = statSync(main).mtimeMs;
  return Math.max(shared, newest(path.join(root, 'apps', service))) > built;
});
if (stale.length === 0) {
  process.stdout.write('[build] every service is up to date\n');
} else {
  process.stdout.write(`[build] building ${stale.join(', ')}\n`);
  for (const service of stale) execFileSync('npx', ['nest', 'build', service], { cwd: root, stdio: 'inherit' });
}

// The portal's pages (apps/portal, Vite) are stale when any of its sources is newer than dist/portal/index.html.
function newestAny(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newestAny(full) : statSync(full).mtimeMs);
  }
  return latest;
}
const portalIndex = path.join(root, 'dist', 'portal', 'index.html');
if (!existsSync(portalIndex) || newestAny(path.join(root, 'apps', 'portal')) > statSync(portalIndex).mtimeMs) {
  process.stdout.write('[build] building the portal pages\n');
  execFileSync('npm', ['run', '-s', 'build:portal'], { cwd: root, stdio: 'inherit' });
}
