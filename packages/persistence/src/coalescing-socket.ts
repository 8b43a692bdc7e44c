import { Socket } from 'node:net';

/**
 * A PostgreSQL connection's socket that sends everything written in one turn of the event loop with
 * one system call.
 * pg writes each protocol message of a query (parse, bind, describe, execute, sync) on its own, and
 * a pipelined transaction queues BEGIN and COMMIT beside its statements: without this every message
 * is a write call, which profiling of the ledger showed to be its largest single cost. Pass it as
 * pg's `stream` option. Installed only on the ledger's pipelined write pool (wallet-ledger
 * sql-client.ts), where it was measured: it patches the socket under pg, so the services' ORM pools
 * keep pg's own.
 */
export function coalescingSocket(): Socket {
  const socket = new Socket();
  // Installed once connected: Socket#connect puts the prototype's write back on the instance.
  socket.once('connect', () => {
    const write = socket.write.bind(socket) as (...args: unknown[]) => boolean;
    const cork = socket.cork.bind(socket);
    let held = false;
    // Corked until this turn of the event loop ends; pg's own cork and uncork around a query nest inside it.
    const holdUntilTickEnds = () => {
      if (held) return;
      held = true;
      cork();
      // After the promise jobs of this turn too: a statement sent a few awaits later still joins.
      setImmediate(() => {
        held = false;
        socket.uncork();
      });
    };
    socket.write = ((...args: unknown[]) => {
      holdUntilTickEnds();
      return write(...args);
    }) as Socket['write'];
    socket.cork = () => {
      holdUntilTickEnds();
      cork();
    };
  });
  return socket;
}
