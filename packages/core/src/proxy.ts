import { silenceDeprecation } from './deprecations';

type Env = Readonly<Record<string, string | undefined>>;

/** The variables a runner (and curl, and git) takes a proxy from; lower case wins, as in curl. */
const PROXY_VARIABLES = ['http_proxy', 'HTTP_PROXY', 'https_proxy', 'HTTPS_PROXY'] as const;

let warningSilenced = false;

const either = (env: Env, name: string): string => env[name.toLowerCase()] ?? env[name.toUpperCase()] ?? '';

/** Whether `env` names a proxy for HTTP or HTTPS. */
export function proxyConfigured(env: Env): boolean {
  return PROXY_VARIABLES.some((name) => Boolean(env[name]));
}

/**
 * The fetch every HTTP client of Shipgate (the GitHub client, the registry client, the OIDC token
 * request) sends through: global `fetch` when `env` names no proxy, else undici's fetch with an
 * `EnvHttpProxyAgent` that honours HTTPS_PROXY, HTTP_PROXY and NO_PROXY (either case) as `env`
 * holds them, not as `process.env` does. undici is loaded only then, so a step without a proxy
 * does not pay for it. (Node's own fetch cannot take a dispatcher of another undici version.)
 */
export async function proxiedFetch(env: Env = process.env): Promise<typeof fetch> {
  if (!proxyConfigured(env)) return fetch;
  const undici = await import('undici');
  if (!warningSilenced) {
    // undici warns once that the agent is experimental; a step's log is not the place for that.
    silenceDeprecation('UNDICI-EHPA');
    warningSilenced = true;
  }
  // Empty strings, not undefined: undefined would make undici read process.env instead. Without
  // an HTTPS proxy, undici sends https through the HTTP one.
  const dispatcher = new undici.EnvHttpProxyAgent({
    httpProxy: either(env, 'http_proxy'),
    httpsProxy: either(env, 'https_proxy'),
    noProxy: either(env, 'no_proxy'),
  });
  return ((input: Parameters<typeof fetch>[0], init?: RequestInit) =>
    undici.fetch(input as never, { ...(init as object), dispatcher } as never)) as unknown as typeof fetch;
}
