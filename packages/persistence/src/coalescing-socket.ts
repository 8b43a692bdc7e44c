import { Socket } from 'node:net';

/**
 * A PostgreSQL connection's socket that sends everything written in one tick with one system call.
 * pg writes each protocol message of a query (parse, bind, describe, execute, sync) on its own, and
 * a pipelined transaction queues BEGIN and COMMIT beside its statements: without this every message
 * is a write call, which profiling of the ledger showed to be its largest single cost. Pass it as
 * pg's `stream` option (`driverOptions` for MikroORM).
 */
export function coalescingSocket(): Socket {
  const socket = new Socket();
  const write = socket.write.bind(socket) as (...args: unknown[]) => boolean;
  socket.write = ((...args: unknown[]) => {
    if (socket.writableCorked === 0) {
      socket.cork();
      process.nextTick(() => socket.uncork());
    }
    return write(...args);
  }) as Socket['write'];
  return socket;
}
