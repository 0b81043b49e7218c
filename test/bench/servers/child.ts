// Shared by the benchmark's child processes: report readiness to the parent over IPC, end with it.
import type { Server } from 'node:http';

export interface ReadyMessage {
  type: 'ready';
  url: string;
}

/** Tells the parent where this process listens; the process ends when the parent goes away. */
export function announce(server: Server, onExit: () => Promise<void> = async () => {}): void {
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server is not listening on TCP');
  const message: ReadyMessage = { type: 'ready', url: `http://127.0.0.1:${address.port}` };
  process.send?.(message);
  const stop = () => {
    server.closeAllConnections();
    server.close();
    onExit().finally(() => process.exit(0));
  };
  process.once('disconnect', stop);
  process.once('SIGTERM', stop);
}

export function listen(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
}
