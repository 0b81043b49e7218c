import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ServerResponse } from 'node:http';

export interface GraphiqlDefaults {
  /** Pre-filled Authorization header (dev mode: a seed user's token). */
  token?: string;
  query?: string;
}

const require = createRequire(import.meta.url);

// The packages' "exports" maps hide their prebuilt bundles from require.resolve (ERR_PACKAGE_PATH_NOT_EXPORTED),
// so resolve from the package directory, which every one of them exports via './package.json'.
function assetPath(module: string): string {
  const slash = module.indexOf('/');
  return join(dirname(require.resolve(`${module.slice(0, slash)}/package.json`)), module.slice(slash + 1));
}

/** Served from npm packages, never a CDN: a bank's page must not pull code from third parties. */
const ASSETS: Record<string, { module: string; type: string }> = {
  'graphiql.min.js': { module: 'graphiql/graphiql.min.js', type: 'text/javascript' },
  'graphiql.min.css': { module: 'graphiql/graphiql.min.css', type: 'text/css' },
  'react.production.min.js': { module: 'react/umd/react.production.min.js', type: 'text/javascript' },
  'react-dom.production.min.js': { module: 'react-dom/umd/react-dom.production.min.js', type: 'text/javascript' },
};

const BOOT_SCRIPT = `
const settings = JSON.parse(document.getElementById('graphiql-settings').textContent);
const fetcher = GraphiQL.createFetcher({ url: settings.endpoint });
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, {
    fetcher,
    defaultQuery: settings.query,
    defaultHeaders: settings.headers,
    headerEditorEnabled: true,
    shouldPersistHeaders: false,
    defaultEditorToolsVisibility: settings.headers ? 'headers' : false,
  }),
);
`;

const assetCache = new Map<string, Buffer>();

export function serveGraphiqlAsset(name: string, res: ServerResponse): boolean {
  if (name === 'boot.js') {
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' });
    res.end(BOOT_SCRIPT);
    return true;
  }
  const asset = ASSETS[name];
  if (!asset) return false;
  let body = assetCache.get(name);
  if (!body) {
    body = readFileSync(assetPath(asset.module));
    assetCache.set(name, body);
  }
  res.writeHead(200, { 'content-type': `${asset.type}; charset=utf-8`, 'cache-control': 'public, max-age=3600' });
  res.end(body);
  return true;
}

const escapeJsonForHtml = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export function graphiqlPage(endpoint: string, defaults: GraphiqlDefaults): string {
  const settings = {
    endpoint,
    query: defaults.query,
    headers: defaults.token ? JSON.stringify({ Authorization: `Bearer ${defaults.token}` }, null, 2) : undefined,
  };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Accounts GraphQL — GraphiQL</title>
<link rel="stylesheet" href="/graphiql/assets/graphiql.min.css">
<style>html,body,#graphiql{height:100%;margin:0}</style>
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
<script type="application/json" id="graphiql-settings">${escapeJsonForHtml(settings)}</script>
<script src="/graphiql/assets/react.production.min.js"></script>
<script src="/graphiql/assets/react-dom.production.min.js"></script>
<script src="/graphiql/assets/graphiql.min.js"></script>
<script src="/graphiql/assets/boot.js"></script>
</body>
</html>`;
}
