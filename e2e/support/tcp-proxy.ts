// A TCP proxy between the browser and the API server that a test can use to break the network: `cut()`
// destroys every open connection (an in-flight stream dies as on a lost Wi-Fi), and while `blocked` new
// connections are dropped at once, so reconnection attempts fail until the test lets them through again.
import net from 'node:net';

export interface TcpProxy {
  url: string;
  blocked: boolean;
  cut(): void;
  close(): Promise<void>;
}

export async function startTcpProxy(target: string): Promise<TcpProxy> {
  const { hostname, port } = new URL(target);
  const open = new Set<net.Socket>();
  const track = (socket: net.Socket) => {
    open.add(socket);
    socket.on('close', () => open.delete(socket));
    socket.on('error', () => socket.destroy());
  };
  const proxy: TcpProxy = {
    url: '',
    blocked: false,
    cut() {
      for (const socket of open) socket.destroy();
    },
    close: () =>
      new Promise((resolve) => {
        proxy.cut();
        server.close(() => resolve());
      }),
  };
  const server = net.createServer((client) => {
    if (proxy.blocked) return client.destroy();
    const upstream = net.connect(Number(port), hostname);
    track(client);
    track(upstream);
    client.pipe(upstream);
    upstream.pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.url = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
  return proxy;
}
