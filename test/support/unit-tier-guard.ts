import childProcess from 'node:child_process';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';
import workerThreads from 'node:worker_threads';

// Setup file of the unit tier (vitest.config.ts): a `*.unit.test.ts` that opens a socket, listens on a port or
// starts a process or thread fails at that call, so a test cannot sit in the fast tier by mistake. Such a test
// belongs in a plain `*.test.ts` (the integration tier).

function refuse(what: string): never {
  throw new Error(
    `${what} in a unit test: the unit tier (*.unit.test.ts) is socket-free and process-free. ` +
      'Rename the file to *.test.ts to put it in the integration tier (see docs/testing.md).',
  );
}

net.Socket.prototype.connect = function connect(): never {
  refuse('A socket connection');
};
net.Server.prototype.listen = function listen(): never {
  refuse('A listening server');
};
// Every asynchronous way to start a process (spawn, exec, execFile, fork) ends in ChildProcess#spawn, untyped.
Object.assign(childProcess.ChildProcess.prototype, {
  spawn(): never {
    refuse('A child process');
  },
});
for (const name of ['spawnSync', 'execSync', 'execFileSync'] as const) {
  Object.assign(childProcess, { [name]: () => refuse('A child process') });
}
Object.assign(workerThreads, {
  Worker: function Worker(): never {
    refuse('A worker thread');
  },
});
// ESM named imports of node builtins (`import { spawn } from 'node:child_process'`) read from this sync.
syncBuiltinESMExports();
