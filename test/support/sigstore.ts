/**
 * A Sigstore stand-in for tests, on 127.0.0.1: @sigstore/mock's Fulcio, Rekor (v1) and timestamp
 * authority behind one node:http server, plus the GitHub Actions OIDC token endpoint
 * (`ACTIONS_ID_TOKEN_REQUEST_URL`) that hands out tokens with the claims a test chooses. It also
 * builds the trusted root (CA, CT log, transparency log, TSA) a verifier needs, which the mock
 * does not export.
 *
 * Mock defects worked around (see ../shared/supply-chain-notes.md): its Rekor stores a `dsse`
 * entry as proposed, so signers here use entry type `intoto`; its TSA drops trailing zero
 * milliseconds, which @sigstore/core rejects, so the TSA clock is a whole second, fixed once the stand-in's certificates exist.
 * A TSA timestamp must fall inside the signing certificate's ten minutes, so `fixedClock` also fixes
 * the CA's clock a minute before it (for tests that sign with the TSA and finish within minutes);
 * by default the CA follows real time, so a long pipeline keeps getting valid certificates.
 */
import { createHash, generateKeyPairSync } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SigningSettings } from '@shipgate/attest';
import { createMemoryRuntime } from '@shipgate/core';
import {
  fulcioHandler,
  initializeCA,
  initializeCTLog,
  initializeTLog,
  initializeTSA,
  rekorHandler,
  tsaHandler,
} from '@sigstore/mock';

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';

/** The claims GitHub puts in a job's OIDC token, for repository acme/web's ci.yml on main. */
export function githubClaims(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    iss: GITHUB_ISSUER,
    aud: 'sigstore',
    sub: 'repo:acme/web:ref:refs/heads/main',
    repository: 'acme/web',
    repository_owner: 'acme',
    repository_id: '1296269',
    repository_owner_id: '1342004',
    ref: 'refs/heads/main',
    sha: '9b2e1d0c4f1a2b3c4d5e6f708192a3b4c5d6e7f8',
    event_name: 'push',
    workflow: 'ci',
    workflow_ref: 'acme/web/.github/workflows/ci.yml@refs/heads/main',
    workflow_sha: '9b2e1d0c4f1a2b3c4d5e6f708192a3b4c5d6e7f8',
    job_workflow_ref: 'acme/web/.github/workflows/ci.yml@refs/heads/main',
    job_workflow_sha: '9b2e1d0c4f1a2b3c4d5e6f708192a3b4c5d6e7f8',
    runner_environment: 'github-hosted',
    run_id: '123',
    run_attempt: '1',
    ...overrides,
  };
}

export interface TestSigstore {
  /** `http://127.0.0.1:<port>`: the Fulcio, Rekor and TSA base URL (one server serves all three). */
  url: string;
  fulcioUrl: string;
  rekorUrl: string;
  /** The full timestamp endpoint, as TSAWitness takes it. */
  tsaUrl: string;
  /** `ACTIONS_ID_TOKEN_REQUEST_URL`: carries a query string, as GitHub's does. */
  tokenRequestUrl: string;
  /** `ACTIONS_ID_TOKEN_REQUEST_TOKEN` the token endpoint demands. */
  tokenRequestToken: string;
  /** The claims of the next tokens handed out; SAN = `https://github.com/<job_workflow_ref>`. */
  claims: Record<string, string>;
  /** Every OIDC token handed out, so a test can look for them in logs. */
  issuedTokens: string[];
  /** The trusted root (protobuf-specs JSON) for this CA, logs and TSA. */
  trustedRoot: Record<string, unknown>;
  stop(): Promise<void>;
}

export async function startSigstore(options: { fixedClock?: boolean } = {}): Promise<TestSigstore> {
  const caClock = options.fixedClock ? new Date(0) : undefined;
  const tsaClock = new Date(0);
  const keyPair = () => generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const ctLog = await initializeCTLog(keyPair(), caClock);
  const ca = await initializeCA(keyPair(), ctLog, caClock);
  const tsa = await initializeTSA(keyPair(), tsaClock);
  // The mock's root certificates start at the second they were made (X.509 keeps whole seconds),
  // so the fixed clocks are set only now, from the next whole second: a timestamp taken before
  // them would predate its own chain. The mock reads the clock objects at each signature.
  const now = Math.ceil(Date.now() / 1000) * 1000;
  tsaClock.setTime(now);
  caClock?.setTime(now - 60_000);
  const state = { claims: githubClaims(), issued: [] as string[] };
  const tokenRequestToken = `request-token-${createHash('sha256').update(String(Math.random())).digest('hex')}`;
  let url = '';
  let tlogHandler: ReturnType<typeof rekorHandler> | undefined;
  const handlers = () => [fulcioHandler(ca, { subjectClaim: 'san' }), tlogHandler!, tsaHandler(tsa)];

  const server = createServer((request, response) => {
    void answer(request, response).catch((error: unknown) => {
      response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    });
  });
  async function answer(request: IncomingMessage, response: ServerResponse) {
    const path = new URL(request.url ?? '/', url).pathname;
    const body = await readBody(request);
    if (request.method === 'GET' && path === '/oidc/token') {
      if (request.headers.authorization !== `Bearer ${tokenRequestToken}`) {
        response.writeHead(401, { 'content-type': 'application/json' }).end('{"message":"Bad credentials"}');
        return;
      }
      const audience = new URL(request.url ?? '/', url).searchParams.get('audience') ?? '';
      const token = unsignedJwt({
        ...state.claims,
        aud: audience,
        san: `https://github.com/${state.claims.job_workflow_ref}`,
      });
      state.issued.push(token);
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ value: token }));
      return;
    }
    const handler = request.method === 'POST' ? handlers().find((candidate) => candidate.path === path) : undefined;
    if (!handler) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end(`no ${request.method} ${path}`);
      return;
    }
    const result = await handler.fn(body.toString('utf8'));
    response
      .writeHead(result.statusCode, { 'content-type': result.contentType ?? 'application/json' })
      .end(typeof result.response === 'string' ? result.response : Buffer.from(result.response.buffer));
  }

  // Sigstore's clients keep sockets alive between calls; with Node's 5 s server default a socket
  // can close just as a client reuses it ("socket hang up" on a tlog entry, seen once in CI).
  // The clients drop idle sockets first when the server keeps them longer.
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const tlogKeys = keyPair();
  const tlog = await initializeTLog(url, tlogKeys);
  tlogHandler = rekorHandler(tlog);

  const validFor = { start: new Date(now - 3_600_000).toISOString() };
  const spkiOf = (key: Buffer) => ({
    rawBytes: key.toString('base64'),
    keyDetails: 'PKIX_ECDSA_P256_SHA_256',
    validFor,
  });
  const ctlogPublicKey = ctLog.publicKey;
  const trustedRoot = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [
      {
        baseUrl: url,
        hashAlgorithm: 'SHA2_256',
        publicKey: spkiOf(tlog.publicKey),
        logId: { keyId: createHash('sha256').update(tlog.publicKey).digest('base64') },
      },
    ],
    certificateAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'sigstore' },
        uri: url,
        certChain: { certificates: [{ rawBytes: Buffer.from(ca.rootCertificate.buffer).toString('base64') }] },
        validFor,
      },
    ],
    ctlogs: [
      {
        baseUrl: url,
        hashAlgorithm: 'SHA2_256',
        publicKey: spkiOf(ctlogPublicKey),
        logId: { keyId: Buffer.from(ctLog.logID.buffer).toString('base64') },
      },
    ],
    timestampAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'tsa' },
        uri: url,
        certChain: {
          certificates: [
            { rawBytes: Buffer.from(tsa.intCertificate.buffer).toString('base64') },
            { rawBytes: Buffer.from(tsa.rootCertificate.buffer).toString('base64') },
          ],
        },
        validFor,
      },
    ],
  };

  return {
    url,
    fulcioUrl: url,
    rekorUrl: url,
    tsaUrl: `${url}/api/v1/timestamp`,
    tokenRequestUrl: `${url}/oidc/token?api-version=2.0`,
    tokenRequestToken,
    get claims() {
      return state.claims;
    },
    set claims(claims: Record<string, string>) {
      state.claims = claims;
    },
    issuedTokens: state.issued,
    trustedRoot,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The mock Fulcio reads claims without checking the signature, as the notes say; none is made. */
function unsignedJwt(claims: Record<string, string>): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const issuedAt = Math.floor(Date.now() / 1000);
  return `${encode({ alg: 'RS256', typ: 'JWT' })}.${encode({ ...claims, iat: issuedAt, nbf: issuedAt, exp: issuedAt + 300 })}.${Buffer.from('unsigned').toString('base64url')}`;
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Keyless signing settings against this stand-in, with the token claims a test chooses: Rekor as
 * on public-good Sigstore, or (`witness: 'tsa'`) the timestamp authority alone, as on GitHub's
 * instance. Not both by default: the TSA's clock is fixed, so its timestamps fall inside a
 * certificate only when the CA's clock is fixed too (`startSigstore({ fixedClock: true })`).
 */
export function keylessSigning(
  server: TestSigstore,
  claims = githubClaims(),
  witness: 'rekor' | 'tsa' | 'both' = 'rekor',
): SigningSettings {
  return {
    mode: 'keyless',
    fulcioUrl: server.fulcioUrl,
    ...(witness !== 'tsa' ? { rekorUrl: server.rekorUrl } : {}),
    ...(witness !== 'rekor' ? { tsaUrl: server.tsaUrl } : {}),
    retries: 0,
    identityToken: async () => {
      server.claims = claims;
      return createMemoryRuntime({ env: oidcEnvironment(server) }).idToken('sigstore');
    },
  };
}

/** The environment a job with `permissions: id-token: write` has, pointing at this stand-in. */
export function oidcEnvironment(server: TestSigstore): Record<string, string> {
  return {
    ACTIONS_ID_TOKEN_REQUEST_URL: server.tokenRequestUrl,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: server.tokenRequestToken,
  };
}

/** Sigstore inputs of build-image and scan-image for this stand-in (Rekor, as public-good Sigstore). */
export function sigstoreInputs(server: TestSigstore): Record<string, string> {
  return { 'fulcio-url': server.fulcioUrl, 'rekor-url': server.rekorUrl };
}
