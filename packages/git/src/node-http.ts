import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

/** A whole answer: the push's are a few kilobytes (an advertisement, a report). */
export interface HttpAnswer {
  status: number;
  body: Buffer;
}

export type HttpSend = (
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: Buffer },
) => Promise<HttpAnswer>;

/**
 * A request over node:http(s) with one keep-alive connection per remote: the advertisement and the
 * push share it. (Node's fetch costs a fresh process about 150 ms of CPU to compile undici.) A
 * redirect is not followed: the header must not go along, and git decides whether to follow one.
 */
export function nodeHttpSend(): HttpSend {
  const agents = {
    http: new HttpAgent({ keepAlive: true, maxSockets: 4 }),
    https: new HttpsAgent({ keepAlive: true, maxSockets: 4 }),
  };
  return (url, init) =>
    new Promise((resolve, reject) => {
      const secure = /^https:/i.test(url);
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
            resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks) });
          });
        },
      );
      request.on('error', reject);
      request.end(init.body);
    });
}

/** Whether the server answered with success (2xx); anything else is git's to read and word. */
export function succeeded(answer: HttpAnswer): boolean {
  return answer.status >= 200 && answer.status < 300;
}

/** The repository's URL without a trailing slash: the base of its smart HTTP services. */
export function serviceUrl(remote: { url: string }): string {
  return remote.url.replace(/\/+$/, '');
}

/** The headers every request to the remote carries: git's agent form, and git's own auth header. */
export function remoteHeaders(remote: { authorization: string }): Record<string, string> {
  return { 'User-Agent': 'git/shipgate', Authorization: remote.authorization };
}
