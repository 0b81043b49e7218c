import cluster from 'node:cluster';

/** Messages between the gateway processes of one machine (WORKERS > 1), relayed by the cluster's primary. */
export interface PeerMessage {
  kind: 'response-cache-invalidate';
  viewer: string;
}

const ENVELOPE_TYPE = 'gateway:peer';

interface Envelope {
  type: typeof ENVELOPE_TYPE;
  message: PeerMessage;
}

const isEnvelope = (value: unknown): value is Envelope =>
  typeof value === 'object' && value !== null && (value as { type?: unknown }).type === ENVELOPE_TYPE;

/** Sends to the other workers of this machine; nothing to do in a single process. */
export function toPeers(message: PeerMessage): void {
  if (cluster.isWorker && process.connected) process.send?.({ type: ENVELOPE_TYPE, message } satisfies Envelope);
}

export function onPeerMessage(listener: (message: PeerMessage) => void): void {
  if (!cluster.isWorker) return;
  process.on('message', (value: unknown) => {
    if (isEnvelope(value)) listener(value.message);
  });
}

/** In the primary: every worker's peer message goes to all the others. */
export function relayPeerMessages(): void {
  cluster.on('message', (from, value: unknown) => {
    if (!isEnvelope(value)) return;
    for (const worker of Object.values(cluster.workers ?? {})) {
      if (worker && worker !== from && worker.isConnected()) worker.send(value);
    }
  });
}
