/**
 * Contestant (a), the floor: the scenario's upstream calls made directly, with no GraphQL layer. Each scenario is
 * an HTTP endpoint (`GET /S1` …) so autocannon measures all three contestants the same way. The calls are exactly
 * the ones the gateway made for the scenario (captured from the sandbox log by the parent, see plan.ts), sent
 * level by level with the same parallelism, over undici's `request` with keep-alive and one client-credentials
 * token fetched up front. Each body is parsed as a client would, and the parsed bodies are returned as one JSON.
 */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { Agent, request } from 'undici';
import { announce, listen } from './child.js';
import { DEFAULT_SCOPES, loadUpstreamConfig } from '../../../src/upstream/config.js';
import type { RawPlans } from '../plan.js';

const base = process.env.CANDESCENT_BASE_URL!;
const institutionId = process.env.CANDESCENT_INSTITUTION_ID!;
const basic = Buffer.from(`${process.env.CANDESCENT_CLIENT_ID}:${process.env.CANDESCENT_CLIENT_SECRET}`).toString('base64');
// The gateway's own pool size, so both wait for sockets alike.
const agent = new Agent({ connections: loadUpstreamConfig(process.env).maxSockets, keepAliveTimeout: 4_000 });

async function fetchToken(): Promise<string> {
  const response = await request(`${base}/oauth2/v1/token`, {
    method: 'POST',
    dispatcher: agent,
    headers: {
      authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json',
      transactionId: randomUUID(), institutionId,
    },
    // The gateway's own scopes: without them the bank grants all, including unmasked account numbers.
    body: new URLSearchParams({ grant_type: 'client_credentials', scopes: DEFAULT_SCOPES.join(' ') }).toString(),
  });
  const body = (await response.body.json()) as { access_token?: string };
  if (response.statusCode !== 200 || !body.access_token) throw new Error(`token request failed: HTTP ${response.statusCode}`);
  return body.access_token;
}

const token = await fetchToken();
let plans: RawPlans = {};
process.on('message', (message: { type: string; plans?: RawPlans }) => {
  if (message.type === 'plans' && message.plans) {
    plans = message.plans;
    process.send?.({ type: 'plans-ok' });
  }
});

async function call(pathAndQuery: string): Promise<unknown> {
  const response = await request(`${base}${pathAndQuery}`, {
    dispatcher: agent,
    headers: { authorization: `Bearer ${token}`, transactionId: randomUUID(), institutionId, accept: 'application/json' },
  });
  const body = await response.body.json();
  if (response.statusCode !== 200) throw new Error(`HTTP ${response.statusCode}`);
  return body;
}

const server = createServer((req, res) => {
  const plan = plans[(req.url ?? '/').slice(1)];
  if (!plan) {
    res.writeHead(404).end();
    return;
  }
  (async () => {
    const levels: unknown[][] = [];
    for (const level of plan) levels.push(await Promise.all(level.map(call)));
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ levels }));
  })().catch(() => res.writeHead(502).end());
});
server.keepAliveTimeout = 65_000;
await listen(server);
announce(server, () => agent.close());
