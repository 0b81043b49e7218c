import http from 'node:http';
import https from 'node:https';
import { Agent as UndiciAgent, request as undiciRequest } from 'undici';
import type { Dispatcher } from 'undici';
import type { UpstreamConfig } from './config.js';

/** The only raw HTTP to the bank: everything above works on status, headers and the body as text. */
export interface TransportRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  headers: Record<string, string>;
  body?: string | undefined;
  signal: AbortSignal;
}

export interface TransportResponse {
  status: number;
  /** Lower-case names. */
  headers: Record<string, string>;
  /** Read in full before anyone parses it, so a non-JSON body becomes a typed error, not a crash. */
  bodyText: string;
}

export interface Transport {
  send(request: TransportRequest): Promise<TransportResponse>;
  close(): Promise<void>;
}

/**
 * The connection could not be made or dropped before the full answer arrived. Only the socket error
 * code is kept: the libraries' own messages contain the full URL including the query.
 */
export class NetworkError extends Error {
  override readonly name = 'NetworkError';
  constructor(readonly code: string) {
    super(`connection failed (${code})`);
  }
}

export function createTransport(config: Pick<UpstreamConfig, 'http' | 'maxSockets'>): Transport {
  return config.http === 'undici' ? undiciTransport(config.maxSockets) : nodeFetchTransport(config.maxSockets);
}

/**
 * Idle keep-alive sockets are dropped after this long, before a server with Node's default 5 s
 * keepAliveTimeout closes them under us: a request written into a socket the server is closing fails
 * with ECONNRESET, and a POST that failed that way may not be retried.
 */
const IDLE_SOCKET_MS = 4_000;

function nodeFetchTransport(maxSockets: number): Transport {
  const options = { keepAlive: true, maxSockets, timeout: IDLE_SOCKET_MS };
  const httpAgent = new http.Agent(options);
  const httpsAgent = new https.Agent(options);
  // Loaded only when chosen (undici is the default): no start-up time or heap for a client nobody uses.
  const loading = import('node-fetch');
  return {
    async send(request) {
      try {
        const { default: fetch } = await loading;
        const response = await fetch(request.url, {
          method: request.method,
          headers: request.headers,
          body: request.body,
          signal: request.signal,
          agent: (url) => (url.protocol === 'http:' ? httpAgent : httpsAgent),
          // A redirect would carry the bearer token to wherever it points; the bank API never redirects.
          redirect: 'manual',
        });
        const bodyText = await response.text();
        return { status: response.status, headers: Object.fromEntries(response.headers), bodyText };
      } catch (error) {
        throw transportFailure(error, request.signal);
      }
    },
    async close() {
      httpAgent.destroy();
      httpsAgent.destroy();
    },
  };
}

function undiciTransport(maxSockets: number): Transport {
  // undici honours the server's Keep-Alive timeout hint itself; 4 s is its default when none is sent.
  const agent = new UndiciAgent({ connections: maxSockets, keepAliveTimeout: IDLE_SOCKET_MS });
  return {
    async send(request) {
      try {
        const response = await undiciRequest(request.url, {
          method: request.method as Dispatcher.HttpMethod,
          headers: request.headers,
          body: request.body,
          signal: request.signal,
          dispatcher: agent,
        });
        const bodyText = await response.body.text();
        return { status: response.statusCode, headers: flattenHeaders(response.headers), bodyText };
      } catch (error) {
        throw transportFailure(error, request.signal);
      }
    },
    close: () => agent.close(),
  };
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

/** An abort is passed on as the signal's reason (the caller knows which of its timers fired). */
function transportFailure(error: unknown, signal: AbortSignal): unknown {
  if (signal.aborted) return signal.reason;
  return new NetworkError(socketCode(error));
}

function socketCode(error: unknown): string {
  for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[A-Z0-9_]{2,40}$/.test(code)) return code;
  }
  return 'UNKNOWN';
}
