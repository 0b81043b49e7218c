import { createServer, type RequestListener, type Server } from 'node:http';
import { readInt, type Env } from '../env.js';

/** How long and how many connections a client may hold: idle or slow sockets are the cheapest attack there is. */
export interface HttpEdgeConfig {
  /** Time to receive a request's headers (HTTP_HEADERS_TIMEOUT_MS); also bounds a connection that sends nothing. */
  headersTimeoutMs: number;
  /** Time to receive a whole request, body included (HTTP_REQUEST_TIMEOUT_MS): a stalled upload is cut. */
  requestTimeoutMs: number;
  /** Idle time of a kept-alive connection between requests (HTTP_KEEP_ALIVE_TIMEOUT_MS). */
  keepAliveTimeoutMs: number;
  /** Open connections per process (HTTP_MAX_CONNECTIONS); beyond it new ones are closed at once. */
  maxConnections: number;
}

export function loadHttpEdgeConfig(env: Env): HttpEdgeConfig {
  const headersTimeoutMs = readInt(env, 'HTTP_HEADERS_TIMEOUT_MS', 10_000, 100, 600_000);
  return {
    headersTimeoutMs,
    // Node refuses a request timeout shorter than the headers timeout.
    requestTimeoutMs: readInt(env, 'HTTP_REQUEST_TIMEOUT_MS', 20_000, headersTimeoutMs, 600_000),
    // Above the 60 s idle timeout of common load balancers, so they never send on a socket we are closing.
    keepAliveTimeoutMs: readInt(env, 'HTTP_KEEP_ALIVE_TIMEOUT_MS', 65_000, 100, 600_000),
    maxConnections: readInt(env, 'HTTP_MAX_CONNECTIONS', 4_096, 1, 1_000_000),
  };
}

/** The gateway's listener with its edges set; the caller listens. */
export function createHttpServer(config: HttpEdgeConfig, listener: RequestListener): Server {
  const server = createServer({
    headersTimeout: config.headersTimeoutMs,
    requestTimeout: config.requestTimeoutMs,
    keepAliveTimeout: config.keepAliveTimeoutMs,
    // Node checks both timeouts on this period (30 s by default): a stalled body is cut within a second of its limit.
    connectionsCheckingInterval: Math.min(1_000, Math.ceil(config.headersTimeoutMs / 2)),
  }, listener);
  server.maxConnections = config.maxConnections;
  return server;
}
