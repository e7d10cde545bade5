import { AddressInfo, Server, Socket, createConnection, createServer } from 'node:net';

/**
 * A TCP hop the test can cut: while cut, open connections are dropped and new ones are reset at once, as if the
 * server behind it (Redis, say) were unreachable. The port stays held while cut: a port let go could be taken by
 * a listener of another test running beside this one, which would then answer (or make restore fail).
 */
export class TcpProxy {
  private server?: Server;
  private readonly sockets = new Set<Socket>();
  private isCut = false;
  port = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  async start(): Promise<this> {
    await this.listen(this.port);
    return this;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async cut(): Promise<void> {
    this.isCut = true;
    this.dropAll();
  }

  async restore(): Promise<void> {
    this.isCut = false;
  }

  async stop(): Promise<void> {
    this.isCut = true;
    const closed = new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.dropAll();
    await closed;
    this.server = undefined;
  }

  private dropAll(): void {
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
  }

  private async listen(port: number): Promise<void> {
    this.server = createServer((client) => {
      if (this.isCut) {
        client.on('error', () => undefined);
        client.resetAndDestroy();
        return;
      }
      const upstream = createConnection(this.targetPort, this.targetHost);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('error', () => socket.destroy());
        socket.on('close', () => this.sockets.delete(socket));
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }
}
