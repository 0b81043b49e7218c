import type { ServerResponse } from 'node:http';
import { failInternally, SECURITY_HEADERS, sendJson } from '../http/respond.js';
import type { Metrics } from './metrics.js';
import type { Readiness } from './readiness.js';

export interface ProbeEndpoints {
  readiness: Readiness;
  /** Serves GET /readyz and /metrics; false for any other path. */
  handle(path: string, res: ServerResponse): boolean;
}


export function createProbeEndpoints(readiness: Readiness, metrics: Metrics): ProbeEndpoints {
  return {
    readiness,
    handle(path, res) {
      if (path === '/readyz') {
        readiness.check().then((state) => {
          sendJson(res, state.ready ? 200 : 503, state.ready ? { status: 'ready' } : { status: 'not-ready', reason: state.reason });
        }, () => failInternally(res));
        return true;
      }
      const registry = metrics.registry;
      if (path === '/metrics' && registry) {
        registry.metrics().then((text) => {
          res.writeHead(200, { 'content-type': registry.contentType, 'cache-control': 'no-store', ...SECURITY_HEADERS });
          res.end(text);
        }, () => failInternally(res));
        return true;
      }
      return false;
    },
  };
}
