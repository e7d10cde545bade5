#!/usr/bin/env node
// The operator CLIs, compiled (npm run build:cli → dist/cli): `node scripts/cli.js <command> [options]`.
// Compiled JavaScript starts in well under a second where ts-node took about ten; a missing or stale build is
// rebuilt first. `--help` prints a command's usage, never a stack trace.
const { execFileSync } = require('node:child_process');
const { existsSync, readdirSync, statSync } = require('node:fs');
const Module = require('node:module');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const out = path.join(root, 'dist', 'cli');

const COMMANDS = {
  token: {
    file: 'token',
    usage:
      '--role <authority|department|institution|admin|hotline> [--region 512002] [--uscc 91512081MA62K0260E] [--hours 1] [--audience filing]',
    about: 'prints one bearer token',
  },
  'calendar:load': {
    file: 'load-holiday-notice',
    usage: '--year 2027 --file notice-2027.json [--url http://127.0.0.1:3002]',
    about: "loads a year's State Council holiday notice",
  },
  'registrations:import': {
    file: 'import-registrations',
    usage: '--file F.csv|F.ndjson --region 512002 [--url http://127.0.0.1:3001]',
    about: 'imports existing registrations as one job, with a progress bar',
  },
  'email:preview': {
    file: 'email-preview',
    usage: '[--out tmp/email-preview]',
    about: 'renders every notice template to files a browser opens',
  },
  replay: {
    file: 'replay-outbox',
    usage:
      '--since <ISO instant> [--until <ISO instant>] [--service registration ...] [--url registration=http://host:port ...]',
    about: 'asks the services to publish again the outbox rows they sent in a window (admin)',
  },
};

function usage(name) {
  const { usage: options, about } = COMMANDS[name];
  return `usage: npm run -s ${name} -- ${options}\n  ${about}\n`;
}

function newestSource(dir) {
  // The Docker image ships dist/cli without the sources: nothing to compare, the build stands.
  if (!existsSync(dir)) return 0;
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) latest = Math.max(latest, newestSource(full));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts'))
      latest = Math.max(latest, statSync(full).mtimeMs);
  }
  return latest;
}

/** Rebuilds dist/cli when a CLI's entry is missing or any script or library source is newer than the build. */
function ensureBuilt() {
  const marker = path.join(out, 'scripts', 'token.js');
  const stale =
    !existsSync(marker) ||
    Math.max(newestSource(path.join(root, 'scripts')), newestSource(path.join(root, 'libs'))) >
      statSync(marker).mtimeMs;
  if (!stale) return;
  process.stderr.write('[cli] building the command-line tools (dist/cli)\n');
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'scripts/tsconfig.cli.json'], {
    cwd: root,
    stdio: 'inherit',
  });
}

/** `@tuoyu/<lib>` resolves to the compiled library, as tsconfig `paths` does for the TypeScript sources. */
function resolveLibraries() {
  const resolve = Module._resolveFilename;
  Module._resolveFilename = function (request, ...rest) {
    const match = /^@tuoyu\/([a-z-]+)$/.exec(request);
    if (match) request = path.join(out, 'libs', match[1], 'src', 'index.js');
    return resolve.call(this, request, ...rest);
  };
}

const [name, ...args] = process.argv.slice(2);
if (!name || name === '--help' || name === '-h' || !COMMANDS[name]) {
  if (name && !name.startsWith('-')) process.stderr.write(`unknown command: ${name}\n`);
  process.stdout.write(Object.keys(COMMANDS).map(usage).join(''));
  process.exit(name && !name.startsWith('-') ? 2 : 0);
}
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(usage(name));
  process.exit(0);
}
// A bad option is the caller's mistake: name it and show the usage, without a stack trace.
process.on('uncaughtException', (error) => {
  if (typeof error?.code === 'string' && error.code.startsWith('ERR_PARSE_ARGS')) {
    process.stderr.write(`${name}: ${error.message}\n${usage(name)}`);
    process.exit(2);
  }
  process.stderr.write(`${name}: ${error?.stack ?? error}\n`);
  process.exit(1);
});
ensureBuilt();
resolveLibraries();
process.argv = [process.argv[0], path.join(out, 'scripts', `${COMMANDS[name].file}.js`), ...args];
require(process.argv[1]);
