import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

/** The part of fetch's answer the push reads. */
export interface HttpAnswer {
  ok: boolean;
  status: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export type HttpSend = (
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: Buffer; redirect?: 'manual' },
) => Promise<HttpAnswer>;

/**
 * A request over node:http(s) with one keep-alive connection per remote: the advertisement and the
 * push share it. (Node's fetch costs a fresh process about 150 ms of CPU to compile undici.)
 */
export function nodeHttpSend(): HttpSend {
  const agents = {
    http: new HttpAgent({ keepAlive: true, maxSockets: 4 }),
    https: new HttpsAgent({ keepAlive: true, maxSockets: 4 }),
  };
  return (url, init) =>
    new Promise((resolve, reject) => {
      const secure = url.startsWith('https:');
      const send = secure ? httpsRequest : httpRequest;
      const request = send(
        url,
        {
          method: init.method ?? 'GET',
          headers: { ...init.headers, ...(init.body ? { 'Content-Length': String(init.body.length) } : {}) },
          agent: secure ? agents.https : agents.http,
        },
        (response: IncomingMessage) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () => {
            const body = Buffer.concat(chunks);
            const status = response.statusCode ?? 0;
            resolve({
              ok: status >= 200 && status < 300,
              status,
              arrayBuffer: async () => body.buffer.slice(body.byteOffset, body.byteOffset + body.length) as ArrayBuffer,
            });
          });
        },
      );
      request.on('error', reject);
      request.end(init.body);
    });
}
