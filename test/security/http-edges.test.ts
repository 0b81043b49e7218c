import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { once } from 'node:events';
import { connect, type Socket } from 'node:net';
import { SEED_USERS } from '../../src/sandbox/seed.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

/** Everything the server sends until it closes the connection. */
async function untilClosed(socket: Socket): Promise<string> {
  const chunks: Buffer[] = [];
  socket.on('data', (chunk: Buffer) => chunks.push(chunk));
  await once(socket, 'close');
  return Buffer.concat(chunks).toString('utf8');
}

describe('HTTP edges (HTTP_HEADERS_TIMEOUT_MS=300, HTTP_REQUEST_TIMEOUT_MS=600, HTTP_MAX_CONNECTIONS=3)', () => {
  let gw: TestGateway;
  let port: number;
  const open = async () => {
    const socket = connect(port, '127.0.0.1');
    await once(socket, 'connect');
    return socket;
  };
  const post = (headers: string[], length: number) =>
    ['POST /graphql HTTP/1.1', 'host: 127.0.0.1', 'content-type: application/json', `content-length: ${length}`, ...headers, '', ''].join('\r\n');

  beforeAll(async () => {
    gw = await startTestGateway({
      env: { HTTP_HEADERS_TIMEOUT_MS: '300', HTTP_REQUEST_TIMEOUT_MS: '600', HTTP_MAX_CONNECTIONS: '3' },
    });
    port = Number(new URL(gw.url).port);
  });
  afterAll(() => gw.close());

  it('answers 401 from the headers alone, without waiting for a 10 MB body, and closes the connection', async () => {
    const socket = await open();
    socket.write(post([], 10_000_000));
    const answer = await untilClosed(socket);
    expect(answer).toMatch(/^HTTP\/1\.1 401 /);
    expect(answer).toContain('"code":"UNAUTHENTICATED"');
    expect(answer.toLowerCase()).toContain('www-authenticate: bearer');
  });

  it('cuts a request whose body stalls (408), and never reaches the bank', async () => {
    gw.resetCalls();
    const token = await gw.token(SEED_USERS.retailRich);
    const socket = await open();
    const body = JSON.stringify({ query: '{ viewer { recipients { id } } }' });
    socket.write(post([`authorization: Bearer ${token}`], body.length) + body.slice(0, 10));
    const answer = await untilClosed(socket);
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(gw.upstreamCalls()).toEqual([]);
  });

  it('closes a connection that never sends its headers', async () => {
    const socket = await open();
    socket.write('POST /graphql HTTP/1.1\r\nhost: 127.0.0.1\r\n');
    expect(await untilClosed(socket)).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('refuses connections beyond HTTP_MAX_CONNECTIONS while the others are served', async () => {
    const held: Socket[] = [];
    for (let i = 0; i < 3; i++) {
      const socket = await open();
      // A full request and its answer: the server has certainly accepted this one.
      socket.write('GET /healthz HTTP/1.1\r\nhost: 127.0.0.1\r\n\r\n');
      await once(socket, 'data');
      held.push(socket);
    }
    const extra = connect(port, '127.0.0.1');
    extra.on('error', () => undefined);
    extra.on('connect', () => extra.write('GET /healthz HTTP/1.1\r\nhost: 127.0.0.1\r\n\r\n'));
    expect(await untilClosed(extra)).toBe('');
    for (const socket of held) socket.destroy();
  });
});
