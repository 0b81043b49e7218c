// GraphiQL as a developer meets it: `src/main.ts` in dev mode (embedded sandbox, pre-filled demo token and
// example query), driven in Debian's headless Chromium. Artifact: test-artifacts/graphiql.png.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`[e2e] skipping GraphiQL browser test: ${CHROMIUM} is not installed (apt-get install chromium)`);

const root = fileURLToPath(new URL('../../', import.meta.url));
const screenshot = join(root, 'test-artifacts', 'graphiql.png');
// No background traffic of the browser's own (updates, sync, safe browsing): only the page's requests happen.
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

let server: ChildProcess | undefined;
let graphiqlUrl = '';
let userDataDir = '';
let browser: BrowserContext | undefined;

/** Starts `src/main.ts` in dev mode on ephemeral ports and resolves with the GraphiQL URL it prints. */
async function startDevGateway(): Promise<{ child: ChildProcess; url: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', SANDBOX_PORT: '0', HOST: '127.0.0.1' };
  // Dev mode is "no bank configured"; a fixed secret keeps the run from writing .dev/jwt-secret.
  for (const name of Object.keys(env)) if (name.startsWith('CANDESCENT_') || name === 'GRAPHIQL') delete env[name];
  env.AUTH_JWT_SECRET = 'e2e-graphiql-secret-at-least-32-bytes-long';
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /^GraphiQL:\s+(http\S+)/.exec(line);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`dev gateway exited (${code}) before listening: ${stderr}`)));
  });
  return { child, url };
}

beforeAll(async () => {
  if (!hasChromium) return;
  ({ child: server, url: graphiqlUrl } = await startDevGateway());
  userDataDir = mkdtempSync(join(tmpdir(), 'graphiql-e2e-profile-'));
  browser = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 900 },
  });
});

afterAll(async () => {
  await browser?.close();
  if (server && server.exitCode === null) {
    const exited = once(server, 'exit');
    server.kill('SIGTERM');
    await exited;
  }
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

describe('GraphiQL in headless Chromium (dev mode)', () => {
  it.skipIf(!hasChromium)('runs the pre-filled query with the pre-filled token, without leaving the origin', async () => {
    const origin = new URL(graphiqlUrl).origin;
    const requested: string[] = [];
    browser!.on('request', (request) => requested.push(request.url()));
    const page = browser!.pages()[0] ?? (await browser!.newPage());
    page.setDefaultTimeout(10_000); // fail at the step that hangs, inside the test's own timeout
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    await page.goto(graphiqlUrl, { waitUntil: 'load' });
    const editors = page.locator('.graphiql-query-editor');
    await editors.getByText('query Dashboard').first().waitFor();
    await page.locator('.graphiql-editor-tool').getByText('Authorization').first().waitFor({ state: 'attached' });

    const response = page.waitForResponse((r) => r.url() === `${origin}/graphql` && r.request().method() === 'POST'
      && (r.request().postData() ?? '').includes('Dashboard'));
    await page.locator('.graphiql-execute-button').click();
    expect((await response).status()).toBe(200);

    const result = page.locator('.graphiql-response');
    await result.getByText('"Everyday"').first().waitFor();
    await expect(result.innerText()).resolves.toMatch(/"accountNumber"/);
    await expect(result.innerText()).resolves.not.toMatch(/UNAUTHENTICATED|"errors"/);

    mkdirSync(join(root, 'test-artifacts'), { recursive: true });
    await page.screenshot({ path: screenshot });

    const network = requested.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:'));
    expect(network.length).toBeGreaterThan(4); // page, 4 assets, boot script, the query (introspection too)
    expect(network.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(existsSync(screenshot)).toBe(true);
  });
});
