/**
 * A forward proxy on 127.0.0.1 for tests of HTTPS_PROXY / HTTP_PROXY / NO_PROXY: it tunnels
 * `CONNECT host:port` (what undici's proxy agent sends, for http and https targets alike) and
 * forwards absolute-URI requests (`GET http://host/path`, what git sends for an http remote),
 * and logs each one, so a test can tell whether a client went through it.
 */
import { createServer, request as httpRequest } from 'node:http';
import { type AddressInfo, connect, type Socket } from 'node:net';

export interface ProxiedRequest {
  /** `CONNECT` or the forwarded request's method. */
  method: string;
  /** `127.0.0.1:4000` for CONNECT, the absolute URL otherwise. */
  target: string;
}

export interface TestProxy {
  /** `http://127.0.0.1:<port>`: what HTTP_PROXY / HTTPS_PROXY name. */
  url: string;
  /** What passed through, oldest first; the first `LOG_LIMIT` requests only. */
  log: ProxiedRequest[];
  stop(): Promise<void>;
}

/** A test needs to see that requests went through, not all of them. */
const LOG_LIMIT = 1_000;

export async function startHttpProxy(): Promise<TestProxy> {
  const log: ProxiedRequest[] = [];
  const sockets = new Set<Socket>();
  const record = (entry: ProxiedRequest) => {
    if (log.length < LOG_LIMIT) log.push(entry);
  };
  const server = createServer((request, response) => {
    const target = request.url ?? '';
    let url: URL;
    try {
      url = new URL(target);
    } catch {
      response.writeHead(400, { 'content-type': 'text/plain' }).end('a proxy takes absolute URLs');
      return;
    }
    record({ method: request.method ?? 'GET', target });
    const upstream = httpRequest(
      {
        host: url.hostname,
        port: url.port || 80,
        method: request.method,
        path: `${url.pathname}${url.search}`,
        headers: request.headers,
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.rawHeaders);
        answer.pipe(response);
      },
    );
    upstream.on('error', (error) => {
      if (!response.headersSent) response.writeHead(502, { 'content-type': 'text/plain' });
      response.end(String(error));
    });
    request.pipe(upstream);
  });
  server.on('connect', (request, client: Socket, head: Buffer) => {
    const target = request.url ?? '';
    record({ method: 'CONNECT', target });
    const [host = '', port = '443'] = target.split(/:(?=\d+$)/);
    const upstream = connect(Number(port), host.replace(/^\[|\]$/g, ''), () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    }
    upstream.on('error', () => client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n'));
    client.on('error', () => upstream.destroy());
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    stop: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
