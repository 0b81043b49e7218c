import { createHash } from 'node:crypto';
import type { UpstreamConfig } from '../upstream/config.js';

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * The bank client a key belongs to: base URL, institution, client id and scope set. Tokens and cached responses
 * of gateways configured differently never meet, even in one Redis.
 */
export function bankNamespace(config: Pick<UpstreamConfig, 'baseUrl' | 'institutionId' | 'clientId' | 'scopes'>): string {
  return sha256Hex(JSON.stringify([config.baseUrl, config.institutionId, config.clientId, [...config.scopes].sort()])).slice(0, 24);
}
