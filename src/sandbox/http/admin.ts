// The admin API (only when enabled). Its calls are not logged, so tests that count upstream calls
// from requests() never see them.
import type { IncomingMessage } from 'node:http';
import { readBody, type Reply } from './http.js';
import { validateFaultRules } from './faults.js';
import { ALL_SEED_USERS } from '../seed.js';
import type { SandboxParts } from './server.js';
import type { FaultRule } from '../types.js';

export const ADMIN_PREFIX = '/__sandbox/';

const badRequest = (message: string): Reply => ({ status: 400, body: { code: 'SANDBOX_BAD_REQUEST', message } });

function users(parts: SandboxParts): Reply {
  const body = ALL_SEED_USERS.map((user) => ({
    userId: user.userId,
    userIdType: user.idType,
    kind: user.kind,
    accounts: parts.state.seed.byLoginId.get(user.loginId)!.entitlements.length,
    username: user.username,
    password: user.password,
  }));
  return { status: 200, body };
}

async function putFaults(parts: SandboxParts, req: IncomingMessage): Promise<Reply> {
  let body: unknown;
  try {
    body = JSON.parse(await readBody(req));
  } catch {
    return badRequest('body must be JSON: FaultRule[] or {faults, latencyMs?, jitterMs?}');
  }
  const envelope = Array.isArray(body) ? { faults: body } : (body as Record<string, unknown> | null) ?? {};
  const problem = validateFaultRules(envelope.faults);
  if (problem) return badRequest(problem);
  const { latencyMs, jitterMs } = envelope;
  if (latencyMs !== undefined && !(typeof latencyMs === 'number' && latencyMs >= 0)) return badRequest('latencyMs must be a non-negative number');
  if (jitterMs !== undefined && !(typeof jitterMs === 'number' && jitterMs >= 0)) return badRequest('jitterMs must be a non-negative number');
  parts.faults.setRules(envelope.faults as FaultRule[]);
  if (latencyMs !== undefined) parts.faults.setLatency(latencyMs as number, (jitterMs as number | undefined) ?? 0);
  return { status: 204 };
}

export async function handleAdmin(parts: SandboxParts, method: string, path: string, req: IncomingMessage): Promise<Reply> {
  const resource = path.slice(ADMIN_PREFIX.length);
  switch (`${method} ${resource}`) {
    case 'GET users': return users(parts);
    case 'GET requests': return { status: 200, body: parts.log.list() };
    case 'DELETE requests': parts.log.clear(); return { status: 204 };
    case 'PUT faults': return putFaults(parts, req);
    case 'DELETE faults': parts.faults.setRules([]); return { status: 204 };
    default: return { status: 404, body: { code: 'SANDBOX_NOT_FOUND', message: `no admin route ${method} ${path}` } };
  }
}
