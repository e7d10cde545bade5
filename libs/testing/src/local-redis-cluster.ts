import { ChildProcess, execFile, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { waitFor } from './wait-for';

const run = promisify(execFile);

/** Whether a listener can bind 127.0.0.1:port right now. */
const isFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const probe = createServer()
      .once('error', () => resolve(false))
      .listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });

/**
 * A Redis Cluster of masters only, on 127.0.0.1 at the given ports: one redis-server process each (no
 * persistence, its nodes.conf in a temp directory of its own), joined by `redis-cli --cluster create`.
 */
export class LocalRedisCluster {
  private readonly servers: ChildProcess[] = [];
  private readonly output: string[] = [];
  private directory?: string;
  private readonly killOnExit = () => this.servers.forEach((server) => server.kill('SIGKILL'));

  constructor(readonly ports: number[]) {}

  /** REDIS_CLUSTER_NODES for the services. */
  get nodes(): string {
    return this.ports.map((port) => `127.0.0.1:${port}`).join(',');
  }

  async start(): Promise<this> {
    const missing = ['redis-server', 'redis-cli'].filter(
      (tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0,
    );
    if (missing.length)
      throw new Error(`${missing.join(' and ')} not on PATH: install Redis (Debian: apt-get install redis-server)`);
    // Each node also listens on its cluster bus port (port + 10000): a taken one is named, not waited on.
    for (const port of this.ports.flatMap((port) => [port, port + 10_000]))
      if (!(await isFree(port))) throw new Error(`127.0.0.1:${port} is taken: LocalRedisCluster needs it free`);
    this.directory = mkdtempSync(join(tmpdir(), 'tuoyu-redis-cluster-'));
    // A jest worker that dies without afterAll must not leave servers holding the ports.
    process.once('exit', this.killOnExit);
    for (const port of this.ports) this.servers.push(this.startServer(port));
    for (const port of this.ports)
      await waitFor(`redis-server on ${port}`, () => this.cli(port, 'ping').then((out) => out === 'PONG'), {
        timeoutMs: 30_000,
      }).catch((error: Error) => {
        throw new Error(`${error.message}\n${this.output.join('').slice(-2000)}`);
      });
    await run('redis-cli', ['--cluster', 'create', ...this.nodes.split(','), '--cluster-yes']);
    for (const port of this.ports)
      await waitFor(
        `cluster_state:ok on ${port}`,
        async () => (await this.cli(port, 'cluster', 'info')).includes('cluster_state:ok'),
        { timeoutMs: 20_000, intervalMs: 100 },
      );
    return this;
  }

  async stop(): Promise<void> {
    await Promise.all(
      this.servers.map(
        (server) =>
          new Promise<void>((done) => {
            if (server.exitCode !== null || server.signalCode !== null) return done();
            server.once('exit', () => done());
            server.kill('SIGTERM');
          }),
      ),
    );
    process.off('exit', this.killOnExit);
    if (this.directory) rmSync(this.directory, { recursive: true, force: true });
  }

  private startServer(port: number): ChildProcess {
    const directory = join(this.directory!, String(port));
    mkdirSync(directory);
    // These ports are this test's alone; a server that cannot bind says so in its output (kept for the error).
    const server = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--dir', directory, '--save', '', '--appendonly', 'no'].concat([
        '--cluster-enabled',
        'yes',
        '--cluster-config-file',
        'nodes.conf',
      ]),
      { cwd: directory, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    server.stdout.on('data', (chunk: Buffer) => this.output.push(chunk.toString()));
    server.stderr.on('data', (chunk: Buffer) => this.output.push(chunk.toString()));
    return server;
  }

  private async cli(port: number, ...command: string[]): Promise<string> {
    return (await run('redis-cli', ['-p', String(port), ...command])).stdout.trim();
  }
}
