// A TCP proxy on loopback whose connections a test can cut, to break streams the way a network does.
import net from 'node:net';

export interface CutProxy {
  url: string;
  port: number;
  connections: () => number;
  cutAll(): void;
  /** Cuts every connection and refuses new ones (a server gone away), until `start()`. */
  stop(): Promise<void>;
  /** Accepts connections again, on the same port. */
  start(): Promise<void>;
  close(): Promise<void>;
}

export async function startCutProxy(target: string): Promise<CutProxy> {
  const { hostname, port } = new URL(target);
  const open = new Set<net.Socket>();
  let total = 0;
  const server = net.createServer((client) => {
    total += 1;
    const upstream = net.connect(Number(port), hostname);
    open.add(client);
    open.add(upstream);
    client.pipe(upstream).pipe(client);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      open.delete(client);
      open.delete(upstream);
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    port: address.port,
    connections: () => total,
    stop: () =>
      new Promise((resolve) => {
        for (const socket of open) socket.destroy();
        open.clear();
        server.close(() => resolve());
      }),
    start: () => new Promise((resolve) => server.listen(address.port, '127.0.0.1', () => resolve())),
    cutAll() {
      for (const socket of open) socket.destroy();
      open.clear();
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
