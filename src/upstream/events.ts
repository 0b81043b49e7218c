export type UpstreamService = 'token' | 'accounts' | 'institution-users' | 'recipients' | 'transactions';

/** One HTTP attempt against the bank; emitted per attempt so retries and token calls show up in metrics. */
export interface UpstreamCallEvent {
  service: UpstreamService;
  method: string;
  /** Path without the query string (the query carries user ids). */
  path: string;
  /** 0 when no response arrived (network error, timeout). */
  status: number;
  durationMs: number;
  transactionId: string;
  attempt: number;
  outcome: 'ok' | 'error' | 'retry';
}

export type CallListener = (event: UpstreamCallEvent) => void;
