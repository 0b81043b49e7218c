import type { ServerResponse } from 'node:http';
import type { Metrics } from './metrics.js';
import type { Readiness } from './readiness.js';

export interface ProbeEndpoints {
  readiness: Readiness;
  /** Serves GET /readyz and /metrics; false for any other path. */
  handle(path: string, res: ServerResponse): boolean;
}

const HEADERS = { 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' };

function fail(res: ServerResponse): void {
  if (res.headersSent) res.destroy();
  else {
    res.writeHead(500, { 'content-type': 'application/json; charset=utf-8', ...HEADERS });
    res.end(JSON.stringify({ status: 'error' }));
  }
}

export function createProbeEndpoints(readiness: Readiness, metrics: Metrics): ProbeEndpoints {
  return {
    readiness,
    handle(path, res) {
      if (path === '/readyz') {
        readiness.check().then((state) => {
          res.writeHead(state.ready ? 200 : 503, { 'content-type': 'application/json; charset=utf-8', ...HEADERS });
          res.end(JSON.stringify(state.ready ? { status: 'ready' } : { status: 'not-ready', reason: state.reason }));
        }, () => fail(res));
        return true;
      }
      const registry = metrics.registry;
      if (path === '/metrics' && registry) {
        registry.metrics().then((text) => {
          res.writeHead(200, { 'content-type': registry.contentType, ...HEADERS });
          res.end(text);
        }, () => fail(res));
        return true;
      }
      return false;
    },
  };
}
