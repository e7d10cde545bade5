import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ServiceName } from '@tuoyu/config';
import { waitFor } from './wait-for';

const ROOT = resolve(__dirname, '../../..');
const PORT_VARIABLE: Record<ServiceName, string> = {
  admin: 'PORT_ADMIN',
  registration: 'PORT_REGISTRATION',
  filing: 'PORT_FILING',
  evaluation: 'PORT_EVALUATION',
  notification: 'PORT_NOTIFICATION',
};

/** Newest modification time of the TypeScript sources under `dir` (specs excluded). */
function newestSource(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) latest = Math.max(latest, newestSource(full));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts'))
      latest = Math.max(latest, statSync(full).mtimeMs);
  }
  return latest;
}

const compiledCache = new Map<ServiceName, string | undefined>();

/**
 * Every service process still running. A test file that fails before its afterAll must not leave them behind:
 * their pipes would keep jest from exiting and their connections would hold the test databases.
 */
const running = new Set<ChildProcess>();
process.once('exit', () => running.forEach((child) => child.kill('SIGKILL')));

/**
 * The service's compiled main.js when it is newer than every source it is built from (CI builds before testing;
 * so does `npm start`), else undefined. Starting from dist takes a second or two; ts-node takes 10–30 s on a busy
 * machine, which once made a kill-and-restart test time out.
 */
export function compiledMain(service: ServiceName): string | undefined {
  if (!compiledCache.has(service)) {
    const main = join(ROOT, 'dist', 'apps', service, 'apps', service, 'src', 'main.js');
    const fresh =
      existsSync(main) &&
      statSync(main).mtimeMs > Math.max(newestSource(join(ROOT, 'libs')), newestSource(join(ROOT, 'apps', service)));
    compiledCache.set(service, fresh ? main : undefined);
  }
  return compiledCache.get(service);
}

/**
 * One service as its own operating-system process, so a test can kill it with SIGKILL: no shutdown hook runs,
 * open transactions and SMTP conversations are cut mid-way. Runs the compiled build when it is up to date
 * (compiledMain), else main.ts under ts-node (transpile only).
 */
export class ServiceProcess {
  private child?: ChildProcess;
  private exited?: Promise<void>;
  readonly output: string[] = [];

  constructor(
    readonly service: ServiceName,
    readonly port: number,
    private readonly env: Record<string, string | undefined> = {},
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Starts the process and waits until its /health answers 200. */
  async start(timeoutMs = 90_000): Promise<this> {
    const compiled = compiledMain(this.service);
    const args = compiled
      ? [compiled]
      : ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', `apps/${this.service}/src/main.ts`];
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: {
        ...process.env,
        ...this.env,
        [PORT_VARIABLE[this.service]]: String(this.port),
        TS_NODE_PROJECT: 'tsconfig.json',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    running.add(child);
    // Kept (bounded) for the failure message of a test that waits on this process in vain.
    const keep = (chunk: Buffer) => {
      this.output.push(chunk.toString());
      if (this.output.length > 200) this.output.shift();
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    this.exited = new Promise((done) =>
      child.once('exit', () => {
        running.delete(child);
        done();
      }),
    );
    await waitFor(
      `${this.service} (pid ${child.pid}) to answer /health`,
      async () => {
        if (child.exitCode !== null)
          throw new Error(`exited with ${child.exitCode}: ${this.output.join('').slice(-2000)}`);
        const response = await fetch(`${this.url}/health`, { signal: AbortSignal.timeout(1000) });
        return response.ok;
      },
      { timeoutMs, intervalMs: 250 },
    );
    return this;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** kill -9: the process gets no chance to finish anything. */
  async kill(): Promise<void> {
    if (!this.child || this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGKILL');
    await this.exited;
  }

  /** A graceful stop (SIGTERM: shutdown hooks run), forced after a while. */
  async stop(): Promise<void> {
    if (!this.child || this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGTERM');
    const forced = setTimeout(() => this.child?.kill('SIGKILL'), 15_000);
    await this.exited;
    clearTimeout(forced);
  }
}
