// `npm run sandbox`: the sandbox bank on SANDBOX_HOST:SANDBOX_PORT (default 127.0.0.1:4010).
import { cliOptions } from './cli-config.js';
import { DEFAULT_CLIENT, startSandbox } from './index.js';

try {
  const options = cliOptions(process.env);
  const sandbox = await startSandbox(options);
  console.log(`Candescent sandbox listening on ${sandbox.url} (profile ${options.profile})`);
  console.log(`  client id ${DEFAULT_CLIENT.clientId}, institution ${DEFAULT_CLIENT.institutionId}`);
  if (options.admin) console.log(`  admin API on ${sandbox.url}/__sandbox/ (users, requests, faults)`);
  const stop = () => void sandbox.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  console.error(`sandbox: ${(error as Error).message}`);
  process.exitCode = 1;
}
