import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const COMMANDS = ['token', 'calendar:load', 'registrations:import', 'email:preview', 'replay'];

/** Runs the compiled CLI dispatcher as an operator would (npm run X is `node scripts/cli.js X`). */
function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['scripts/cli.js', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: process.env,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const STACK_FRAME = /^\s+at .+\(.+:\d+:\d+\)$/m;
const claims = (token: string): Record<string, unknown> =>
  JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as Record<string, unknown>;

describe('command-line tools (compiled to dist/cli)', () => {
  beforeAll(() => {
    // Builds dist/cli when missing or stale (the first run on a fresh clone compiles; later runs start at once).
    const built = spawnSync(process.execPath, ['scripts/cli.js', 'token', '--role', 'admin'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(built.status).toBe(0);
  }, 600_000);

  it('lists every command with its usage', () => {
    const run = cli('--help');
    expect(run.status).toBe(0);
    for (const command of COMMANDS) expect(run.stdout).toContain(`npm run -s ${command} -- `);
  });

  it.each(COMMANDS)('%s --help prints its usage and exits 0, without a stack trace', (command) => {
    const run = cli(command, '--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^usage: npm run -s ${command} -- `));
    expect(run.stdout + run.stderr).not.toMatch(STACK_FRAME);
  });

  it('token prints one bearer token for the role, region and USCC asked', () => {
    const run = cli('token', '--role', 'institution', '--uscc', '91512081MA62K0260E', '--hours', '2');
    expect(run.status).toBe(0);
    const token = run.stdout.trim();
    expect(token.split('.')).toHaveLength(3);
    const payload = claims(token);
    expect(payload).toMatchObject({ role: 'institution', uscc: '91512081MA62K0260E' });
    expect(Number(payload.exp) - Number(payload.iat)).toBe(2 * 3600);
  });

  it.each([
    [['token', '--role', 'mayor'], '--role must be one of'],
    [['token', '--role', 'department'], '--region is required'],
    [['token', '--bogus'], "Unknown option '--bogus'"],
    [['registrations:import', '--region', '512002'], '--file'],
    [['calendar:load', '--file', 'x.json'], '--year'],
    [['replay', '--until', '2026-12-03T10:00:00+08:00'], '--since is required'],
  ])('%j refuses with exit 2, naming the problem and the usage, without a stack trace', (args, problem) => {
    const run = cli(...args);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(problem);
    expect(run.stderr).toContain('usage: npm run -s');
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });

  it('an unknown command exits 2 and lists the commands', () => {
    const run = cli('tokens');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('unknown command: tokens');
    expect(run.stdout).toContain('npm run -s token -- ');
  });

  it('email:preview renders every template to files', () => {
    const out = mkdtempSync(join(tmpdir(), 'tuoyu-preview-'));
    const run = cli('email:preview', '--out', out);
    expect(run.status).toBe(0);
    const files = readdirSync(out);
    expect(files).toContain('index.html');
    expect(files.filter((f) => f.endsWith('.zh-CN.html')).length).toBeGreaterThan(5);
  });
});
