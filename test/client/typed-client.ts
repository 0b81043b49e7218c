// The smallest client a front end could ship: fetch plus the TypedDocumentNodes codegen emits from
// test/client/operations. Variables and results are typed by the operation, so a schema change that
// breaks an operation fails `tsc` as well as the tests that run it.
import { print, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

/** An `errors[]` entry as the gateway formats it (src/errors.ts). */
export interface GatewayError {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: {
    /** One of the gateway's closed set (UNAUTHENTICATED, UPSTREAM_TIMEOUT …) or Apollo's request codes. */
    code?: string;
    /** The bank's own error code (e.g. ACC_00602) when the failure came from the bank. */
    upstreamCode?: string;
    /** The bank's trace id of the failed call: quote it to the bank's support. */
    transactionId?: string;
    [key: string]: unknown;
  };
}

export interface GatewayResponse<TResult> {
  status: number;
  data?: TResult | null;
  errors?: GatewayError[];
}

/** Thrown by `execute` when the response carries errors; partial `data` stays available. */
export class GatewayResponseError<TResult = unknown> extends Error {
  constructor(readonly response: GatewayResponse<TResult>) {
    const first = response.errors?.[0];
    super(first ? `${first.extensions?.code ?? 'ERROR'}: ${first.message}` : `HTTP ${response.status} without data`);
    this.name = 'GatewayResponseError';
  }

  get codes(): string[] {
    return (this.response.errors ?? []).map((error) => error.extensions?.code ?? 'UNKNOWN');
  }
}

export interface TypedClientOptions {
  /** The gateway's GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  endpoint: string;
  /** The viewer's bearer token; omitted, requests are anonymous (and get UNAUTHENTICATED). */
  token?: string;
  /**
   * `'document'` (default) sends the operation text. The other two send only the document's hash from the
   * persisted-documents manifest, which is what a gateway with SAFELIST_MODE=enforce runs: `'documentId'` as the
   * manifest key (GraphQL over HTTP's persisted documents), `'persistedQuery'` as Apollo's APQ sha256Hash.
   */
  send?: 'document' | 'documentId' | 'persistedQuery';
}

/** Variables may be omitted when the operation has no required ones; otherwise they must match its typed variables. */
type VariablesArg<TVariables> = {} extends TVariables ? [variables?: TVariables] : [variables: TVariables];

export interface TypedClient {
  /** Runs an operation and returns data and errors as they came (for partial results). */
  request<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, ...variables: VariablesArg<TVariables>): Promise<GatewayResponse<TResult>>;
  /** Runs an operation and returns its data; throws GatewayResponseError if the response has any error. */
  execute<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, ...variables: VariablesArg<TVariables>): Promise<TResult>;
}

const printed = new WeakMap<DocumentNode, string>();

function queryText(document: DocumentNode): string {
  let text = printed.get(document);
  if (text === undefined) {
    text = print(document);
    printed.set(document, text);
  }
  return text;
}

function operationName(document: DocumentNode): string | undefined {
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
  return operation?.name?.value;
}

/** The manifest key the client preset embeds in each document (`persistedDocuments` in codegen.ts). */
export function documentHash(document: DocumentNode): string {
  const hash = (document as DocumentNode & { __meta__?: { hash?: unknown } }).__meta__?.hash;
  if (typeof hash !== 'string') throw new Error(`${operationName(document) ?? 'document'} has no persisted-document hash: run npm run codegen`);
  return hash;
}

function operationBody(document: DocumentNode, send: TypedClientOptions['send']): Record<string, unknown> {
  if (send === 'documentId') return { documentId: documentHash(document) };
  if (send === 'persistedQuery') {
    // The manifest key is "sha256:<hex of the manifest's document text>"; APQ wants the bare hex.
    return { extensions: { persistedQuery: { version: 1, sha256Hash: documentHash(document).replace(/^sha256:/, '') } } };
  }
  return { query: queryText(document) };
}

export function createTypedClient(options: TypedClientOptions): TypedClient {
  async function request<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    ...[variables]: VariablesArg<TVariables>
  ): Promise<GatewayResponse<TResult>> {
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    const operation = operationBody(document, options.send);
    const res = await fetch(options.endpoint, {
      method: 'POST',
      headers,
      body: JSON.stringify({ ...operation, operationName: operationName(document), variables: variables ?? {} }),
    });
    const body = (await res.json()) as Omit<GatewayResponse<TResult>, 'status'>;
    return { status: res.status, data: body.data, errors: body.errors };
  }

  async function execute<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    ...variables: VariablesArg<TVariables>
  ): Promise<TResult> {
    const response = await request(document, ...variables);
    if (response.errors?.length || response.data == null) throw new GatewayResponseError(response);
    return response.data;
  }

  return { request, execute };
}
