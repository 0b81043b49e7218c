// Path → handler, serving both of Candescent's path styles at once (docs/bank-contract.md "Paths and hosts").
import { getAccount, listAccounts, updateAccount } from './accounts-routes.js';
import type { Handler } from '../http/context.js';
import { createRecipient, deleteRecipient, getRecipient, listRecipients, updateRecipient } from './recipients-routes.js';
import type { Service } from './service-errors.js';
import { revokeHandler, tokenHandler } from './token-routes.js';
import { listTransactions } from './transactions-routes.js';
import type { RouteName } from '../types.js';
import { getCustomer, getInstitutionUser } from './users-routes.js';

type Methods = Partial<Record<string, readonly [RouteName, Handler]>>;

interface Resource {
  prefixes: readonly string[];
  service: Service;
  /** Methods on the prefix itself. */
  collection?: Methods;
  /** Methods on prefix/{id}. */
  item?: Methods;
}

const RESOURCES: readonly Resource[] = [
  { prefixes: ['/oauth2/v1/token'], service: 'token', collection: { POST: ['token', tokenHandler] } },
  { prefixes: ['/oauth2/v1/revoke'], service: 'token', collection: { DELETE: ['revoke', revokeHandler] } },
  {
    prefixes: ['/db-accounts/v1/accounts', '/v1/accounts'],
    service: 'accounts',
    collection: { GET: ['accounts', listAccounts] },
    item: { GET: ['account', getAccount], PATCH: ['account-update', updateAccount] },
  },
  {
    prefixes: ['/db-recipients/v1/recipients', '/v1/recipients'],
    service: 'recipients',
    collection: { GET: ['recipients', listRecipients], POST: ['recipient-create', createRecipient] },
    item: { GET: ['recipient', getRecipient], PUT: ['recipient-update', updateRecipient], DELETE: ['recipient-delete', deleteRecipient] },
  },
  {
    prefixes: ['/db-transactions/v1/transactions', '/v1/transactions'],
    service: 'transactions',
    collection: { GET: ['transactions', listTransactions] },
  },
  {
    prefixes: ['/db-users/v1/institution-users', '/v1/institution-users'],
    service: 'users',
    item: { GET: ['institution-users', getInstitutionUser] },
  },
  { prefixes: ['/ux-users/v1/customers', '/v1/customers'], service: 'ux', item: { GET: ['customers', getCustomer] } },
];

export type RouteMatch =
  | { kind: 'route'; route: RouteName; service: Service; handler: Handler; id?: string }
  | { kind: 'not-found' }
  | { kind: 'method-not-allowed'; service: Service; allow: string };

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** Routes that only the lenient reading has: the strict bank has no account update at all (404 like any unknown path). */
const LENIENT_ONLY: ReadonlySet<RouteName> = new Set(['account-update']);

export function matchRoute(method: string, path: string, strict = false): RouteMatch {
  for (const resource of RESOURCES) {
    for (const prefix of resource.prefixes) {
      let methods: Methods | undefined;
      let id: string | undefined;
      if (path === prefix) {
        methods = resource.collection;
      } else if (path.startsWith(`${prefix}/`) && !path.includes('/', prefix.length + 1) && path.length > prefix.length + 1) {
        methods = resource.item;
        id = decode(path.slice(prefix.length + 1));
        if (id === undefined) return { kind: 'not-found' };
      }
      if (!methods) continue;
      const entry = methods[method];
      if (entry && strict && LENIENT_ONLY.has(entry[0])) return { kind: 'not-found' };
      if (!entry) {
        const allow = Object.entries(methods).filter(([, e]) => !(strict && e && LENIENT_ONLY.has(e[0]))).map(([m]) => m);
        return { kind: 'method-not-allowed', service: resource.service, allow: allow.join(', ') };
      }
      return id === undefined
        ? { kind: 'route', route: entry[0], service: resource.service, handler: entry[1] }
        : { kind: 'route', route: entry[0], service: resource.service, handler: entry[1], id };
    }
  }
  return { kind: 'not-found' };
}
