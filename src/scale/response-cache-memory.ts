import { onPeerMessage, toPeers } from '../lifecycle/peers.js';
import type { ResponseCacheBackend } from './response-cache.js';

interface ViewerEntries {
  version: number;
  entries: Map<string, string>;
}

/** Distinct reads kept per viewer (filters × locations × views); a business customer with many locations needs more. */
const MAX_ENTRIES_PER_VIEWER = 64;

/**
 * One process's cache, bounded to `maxViewers` (least recently used first out). With WORKERS > 1 a mutation is
 * announced to the other workers of the machine, which forget that viewer too.
 */
export function createMemoryBackend(maxViewers: number): ResponseCacheBackend {
  const viewers = new Map<string, ViewerEntries>();
  // Versions are unique in the process, so a viewer evicted and seen again never reuses an old one.
  let nextVersion = 1;

  const touch = (viewer: string): ViewerEntries => {
    let record = viewers.get(viewer);
    if (record) viewers.delete(viewer);
    else record = { version: nextVersion++, entries: new Map() };
    viewers.set(viewer, record);
    if (viewers.size > maxViewers) viewers.delete(viewers.keys().next().value as string);
    return record;
  };
  const forget = (viewer: string) => {
    const record = viewers.get(viewer);
    if (!record) return;
    record.version = nextVersion++;
    record.entries.clear();
  };
  onPeerMessage((message) => {
    if (message.kind === 'response-cache-invalidate') forget(message.viewer);
  });

  return {
    async get(viewer, field) {
      const record = touch(viewer);
      return { version: String(record.version), entry: record.entries.get(field) };
    },
    async set(viewer, version, field, entry) {
      const record = viewers.get(viewer);
      if (!record || String(record.version) !== version) return;
      record.entries.delete(field);
      record.entries.set(field, entry);
      if (record.entries.size > MAX_ENTRIES_PER_VIEWER) record.entries.delete(record.entries.keys().next().value as string);
    },
    async invalidate(viewer) {
      forget(viewer);
      toPeers({ kind: 'response-cache-invalidate', viewer });
    },
  };
}
