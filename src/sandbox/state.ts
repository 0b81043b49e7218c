// Everything one sandbox instance owns: its copy of the seed (mutable: recipients, nicknames),
// its clients, tokens and feature switches.
import type { Seed } from './model.js';
import { INSTITUTION_ID, createSeed } from './seed.js';
import { TokenStore } from './tokens.js';
import type { InstitutionFeatures, SandboxClient, SandboxOptions } from './types.js';

/** Every scope the sandbox knows (DECISIONS.md "Token"), all granted to the default client. */
export const ALL_SCOPES: readonly string[] = [
  'accounts:read', 'accounts:read_unmasked', 'accounts:write', 'transactions:read',
  'recipients:read', 'recipients:write', 'recipients:delete', 'institution-users:read',
];

export const DEFAULT_CLIENT: SandboxClient = {
  clientId: 'sandbox-client', clientSecret: 'sandbox-secret', institutionId: INSTITUTION_ID, scopes: [...ALL_SCOPES],
};

const DEFAULT_TOKEN_LIFETIME_SECONDS = 3600;
const DEFAULT_REFRESH_LIFETIME_SECONDS = 15_552_000;
// Account lists are the largest responses (50+ KB for the rich user) and the most requested;
// serialising each one once is what lets the sandbox keep up with a benchmark.
const MAX_CACHED_LISTS = 256;

export class SandboxState {
  readonly seed: Seed = createSeed();
  readonly clients: ReadonlyMap<string, SandboxClient>;
  readonly tokens: TokenStore;
  private readonly institutions: Record<string, InstitutionFeatures>;
  private recipientSequence = 0;
  private readonly accountLists = new Map<string, string>();

  constructor(options: SandboxOptions) {
    this.clients = new Map((options.clients ?? [DEFAULT_CLIENT]).map((client) => [client.clientId, client]));
    this.tokens = new TokenStore(
      options.tokenLifetimeSeconds ?? DEFAULT_TOKEN_LIFETIME_SECONDS,
      options.refreshTokenLifetimeSeconds ?? DEFAULT_REFRESH_LIFETIME_SECONDS,
    );
    this.institutions = options.institutions ?? {};
  }

  features(institutionId: string): Required<InstitutionFeatures> {
    const features = this.institutions[institutionId] ?? {};
    return { nicknameUpdate: features.nicknameUpdate ?? true, visibilityUpdate: features.visibilityUpdate ?? true };
  }

  nextRecipientSequence(): number {
    return ++this.recipientSequence;
  }

  /** Serialised account-list responses; a list depends only on user, masking and query. */
  cachedAccountList(key: string): string | undefined {
    return this.accountLists.get(key);
  }

  cacheAccountList(key: string, body: string): void {
    if (this.accountLists.size >= MAX_CACHED_LISTS) this.accountLists.clear();
    this.accountLists.set(key, body);
  }

  /** Any account change (nickname, visibility) can change any cached list. */
  forgetAccountLists(): void {
    this.accountLists.clear();
  }
}
