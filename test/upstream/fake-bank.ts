import { once } from 'node:events';
import { createServer } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import { upstreamConfigFrom } from '../../src/upstream/config.js';
import type { UpstreamConfig } from '../../src/upstream/config.js';

// A tiny scriptable bank on node:http for the client's edge cases (token races, faults, headers).
// The sandbox covers the real contract; this covers what the sandbox cannot be told to do exactly.

export interface FakeRequest {
  route: 'token' | 'revoke' | 'resource';
  method: string;
  path: string;
  rawQuery: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** performance.now() when the request arrived / when the answer was written. */
  startedAt: number;
  finishedAt?: number;
}

export type Reply =
  | { status: number; headers?: Record<string, string>; json?: unknown; text?: string }
  | 'hang'
  | 'drop';

export type Handler = (request: FakeRequest, index: number) => Reply | Promise<Reply>;

export const SECRET = 'S3cr3t-Fake-Bank-Value-7f9c';

export interface FakeBank {
  url: string;
  log: FakeRequest[];
  /** Token requests so far. */
  tokens(): FakeRequest[];
  /** Handlers get the index of the call since they were set (0-based), for scripted sequences. */
  resources(): FakeRequest[];
  /** TCP connections accepted since the last reset. */
  connections(): number;
  /** Empty log, default handlers (fresh tokens; `{accounts: []}` for every resource call). */
  reset(): void;
  onToken(handler: Handler): void;
  onResource(handler: Handler): void;
  /** An UpstreamConfig pointing here, with small timeouts so failing paths stay fast. */
  config(overrides?: Partial<UpstreamConfig>): UpstreamConfig;
  close(): Promise<void>;
}

/** Issues `tok-N-<long suffix>` tokens; the suffix makes a leak easy to grep for. */
export const issueToken = (expiresIn: string | number = '3600'): Handler => (_request, index) => ({
  status: 200,
  json: { access_token: tokenNumber(index + 1), expires_in: expiresIn, token_type: 'Bearer' },
});

export const tokenNumber = (n: number) => `tok-${n}-a8Fq0ZrLx2Kd9WbN`;

export async function startFakeBank(): Promise<FakeBank> {
  const log: FakeRequest[] = [];
  const defaultResource: Handler = () => ({ status: 200, json: { accounts: [] } });
  let tokenHandler: Handler = issueToken();
  let resourceHandler = defaultResource;
  const counts = { token: 0, revoke: 0, resource: 0 };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const [path = '', rawQuery = ''] = (req.url ?? '').split('?');
      const route = path === '/oauth2/v1/token' ? 'token' : path === '/oauth2/v1/revoke' ? 'revoke' : 'resource';
      const entry: FakeRequest = {
        route, method: req.method ?? '', path, rawQuery, headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'), startedAt: performance.now(),
      };
      log.push(entry);
      const index = counts[route]++;
      const reply = route === 'token' ? await tokenHandler(entry, index)
        : route === 'revoke' ? { status: 204 } : await resourceHandler(entry, index);
      if (reply === 'hang') return;
      if (reply === 'drop') {
        req.socket.destroy();
        return;
      }
      const body = reply.json !== undefined ? JSON.stringify(reply.json) : reply.text ?? '';
      res.writeHead(reply.status, {
        ...(reply.json !== undefined ? { 'content-type': 'application/json' } : {}),
        ...reply.headers,
      });
      res.end(body, () => {
        entry.finishedAt = performance.now();
      });
    });
  });
  let connections = 0;
  server.on('connection', () => connections++);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;

  const bank: FakeBank = {
    url,
    log,
    tokens: () => log.filter((r) => r.route === 'token'),
    resources: () => log.filter((r) => r.route === 'resource'),
    connections: () => connections,
    reset() {
      log.length = 0;
      connections = 0;
      bank.onToken(issueToken());
      bank.onResource(defaultResource);
    },
    onToken(handler) {
      tokenHandler = handler;
      counts.token = 0;
    },
    onResource(handler) {
      resourceHandler = handler;
      counts.resource = 0;
    },
    config: (overrides = {}) => upstreamConfigFrom({
      baseUrl: url, clientId: 'fake-client', clientSecret: SECRET, institutionId: '00016',
      timeoutMs: 2_000, deadlineMs: 5_000, maxRetries: 2, retryBaseMs: 5, retryMaxMs: 1_500, ...overrides,
    }),
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return bank;
}
