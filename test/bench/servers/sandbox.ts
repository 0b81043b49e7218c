// The sandbox bank in its own process, so its CPU is not the load generator's or a contestant's.
import { startSandbox } from '../../../src/sandbox/index.js';

const sandbox = await startSandbox({ admin: true });
process.send?.({ type: 'ready', url: sandbox.url });
const stop = () => {
  sandbox.close().finally(() => process.exit(0));
};
process.once('disconnect', stop);
process.once('SIGTERM', stop);
