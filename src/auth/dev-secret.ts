import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Env } from '../env.js';

/** Where dev mode keeps its generated signing secret, so `npm run token` can mint tokens the gateway accepts. */
export const DEV_SECRET_FILE = resolve(process.cwd(), '.dev', 'jwt-secret');

/** AUTH_JWT_SECRET when set; otherwise a random secret generated once per checkout (never used in production). */
export function devJwtSecret(env: Env): string {
  if (env.AUTH_JWT_SECRET) return env.AUTH_JWT_SECRET;
  try {
    return readFileSync(DEV_SECRET_FILE, 'utf8').trim();
  } catch {
    const secret = randomBytes(32).toString('base64url');
    mkdirSync(dirname(DEV_SECRET_FILE), { recursive: true });
    writeFileSync(DEV_SECRET_FILE, secret, { mode: 0o600 });
    return secret;
  }
}
