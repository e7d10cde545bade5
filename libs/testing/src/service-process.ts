import { ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
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

/**
 * One service as its own operating-system process (its main.ts under ts-node, transpile only), so a test can
 * kill it with SIGKILL: no shutdown hook runs, open transactions and SMTP conversations are cut mid-way.
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
    const main = `apps/${this.service}/src/main.ts`;
    const child = spawn(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', main],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          ...this.env,
          [PORT_VARIABLE[this.service]]: String(this.port),
          TS_NODE_PROJECT: 'tsconfig.json',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    this.child = child;
    // Kept (bounded) for the failure message of a test that waits on this process in vain.
    const keep = (chunk: Buffer) => {
      this.output.push(chunk.toString());
      if (this.output.length > 200) this.output.shift();
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    this.exited = new Promise((done) => child.once('exit', () => done()));
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
