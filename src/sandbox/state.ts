// Everything one sandbox instance owns: its copy of the seed (mutable: recipients, nicknames),
// its clients, tokens and feature switches.
import type { Seed } from './model.js';
import { INSTITUTION_ID, createSeed } from './seed.js';
import { IssuedTokens } from './tokens.js';
import type { InstitutionFeatures, SandboxClient, SandboxOptions, SandboxProfile } from './types.js';

/** The scopes Candescent documents (contract §1.5) that the sandbox's endpoints use. */
export const DOCUMENTED_SCOPES: readonly string[] = [
  'accounts:read', 'accounts:read_unmasked', 'transactions:read',
  'recipients:read', 'recipients:write', 'recipients:delete', 'institution-users:read',
];

/** Every scope the sandbox knows (docs/bank-contract.md "Scopes"): the documented ones plus the assumed accounts:write. */
export const ALL_SCOPES: readonly string[] = [...DOCUMENTED_SCOPES, 'accounts:write'];

export const DEFAULT_CLIENT: SandboxClient = {
  clientId: 'sandbox-client', clientSecret: 'sandbox-secret', institutionId: INSTITUTION_ID, scopes: [...ALL_SCOPES],
};

/** The strict profile's default client: the same credentials, configured with the documented scopes only. */
export const STRICT_DEFAULT_CLIENT: SandboxClient = { ...DEFAULT_CLIENT, scopes: [...DOCUMENTED_SCOPES] };

const DEFAULT_TOKEN_LIFETIME_SECONDS = 3600;
const DEFAULT_REFRESH_LIFETIME_SECONDS = 15_552_000;
// Account lists are the largest responses (50+ KB for the rich user) and the most requested;
// serialising each one once is what lets the sandbox keep up with a benchmark.
const MAX_CACHED_LISTS = 256;

export class SandboxState {
  readonly seed: Seed = createSeed();
  readonly clients: ReadonlyMap<string, SandboxClient>;
  readonly tokens: IssuedTokens;
  readonly profile: SandboxProfile;
  private readonly institutions: Record<string, InstitutionFeatures>;
  private recipientSequence = 0;
  private readonly accountLists = new Map<string, string>();

  constructor(options: SandboxOptions) {
    this.profile = options.profile ?? 'lenient';
    const defaultClient = this.strict ? STRICT_DEFAULT_CLIENT : DEFAULT_CLIENT;
    this.clients = new Map((options.clients ?? [defaultClient]).map((client) => [client.clientId, client]));
    this.tokens = new IssuedTokens(
      options.tokenLifetimeSeconds ?? DEFAULT_TOKEN_LIFETIME_SECONDS,
      options.refreshTokenLifetimeSeconds ?? DEFAULT_REFRESH_LIFETIME_SECONDS,
    );
    this.institutions = options.institutions ?? {};
  }

  get strict(): boolean {
    return this.profile === 'strict';
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
