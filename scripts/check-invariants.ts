// scripts/check-invariants: reads every service's database and the broker of a stack and prints one
// line per invariant with its count; exit 1 on any violation. By default the stack scripts/up runs
// (found in its run directory); --database-url and --amqp-url point it anywhere else.
import { parseArgs } from 'node:util';
import { checkInvariants, formatReport, SERVICES, type InvariantTarget, type ServiceName } from '../packages/invariants/src/index.ts';
import { auditBrokerOf, walletConsumerOf } from './stack.ts';
import { runDirectory, StackNotRunning, storedStack } from './stack-state.ts';

const USAGE = `usage: scripts/check-invariants [options]

Checks the platform's invariants on a stack: the ledger balances (per entry, per currency, every
balance row against its postings and the snapshot of its last posting, every hold), no open hold
on a terminal trip, order or payout, no payout captured twice, outboxes and queues drained, nothing
dead-lettered, one audit record per event and the audit chain intact. One line per invariant:
ok or FAIL, violations of checked, the invariant. Exit 0 when all hold, 1 on any violation, 2 when
it cannot check.

  --wait SECONDS              wait up to this long for the stack to settle (outboxes drained, events
                              consumed, recovery passes run): the checks repeat every second until
                              they hold or the time is up (default 10; 0 checks once)
  --database-url SERVICE=URL  a service's database (identity, wallet-ledger, trip-settlement, payout,
                              audit), repeatable; without any, the databases of the stack scripts/up
                              runs from ${runDirectory()} (ZIBA_RUN_DIR points elsewhere)
  --amqp-url URL              the broker (default: the stack's, else AMQP_URL, else the local one)
  --queue NAME                a consumer queue (<consumer>.events), repeatable; default: the stack's
  --json                      the report as JSON`;

class UsageError extends Error {}

function target(values: { 'database-url'?: string[]; 'amqp-url'?: string; queue?: string[] }): InvariantTarget {
  const given = values['database-url'] ?? [];
  if (given.length) {
    const databaseUrls: InvariantTarget['databaseUrls'] = {};
    for (const pair of given) {
      const at = pair.indexOf('=');
      const service = pair.slice(0, at) as ServiceName;
      if (at < 1 || !SERVICES.includes(service)) throw new UsageError(`--database-url takes SERVICE=URL, SERVICE one of ${SERVICES.join(', ')}`);
      databaseUrls[service] = pair.slice(at + 1);
    }
    return { databaseUrls, amqpUrl: values['amqp-url'] ?? process.env.AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672', queues: values.queue ?? [] };
  }
  const stack = storedStack();
  if (!stack.running) process.stderr.write(`the stack scripts/up started (pid ${stack.pid}) has stopped: checking its databases as they are\n`);
  // A stack.json from before it named its queues: they follow from the database prefix (`<prefix>_wallet`).
  const prefix = new URL(stack.databaseUrls['wallet-ledger'] ?? 'postgresql://x/ziba_wallet').pathname.slice(1).replace(/_wallet$/, '');
  return {
    databaseUrls: stack.databaseUrls,
    amqpUrl: values['amqp-url'] ?? stack.amqpUrl ?? process.env.AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672',
    queues: values.queue ?? stack.consumerQueues ?? [`${auditBrokerOf(prefix).env.CONSUMER_NAME}.events`, `${walletConsumerOf(prefix)}.events`],
  };
}

try {
  const { values } = parseArgs({
    options: {
      wait: { type: 'string', default: '10' },
      'database-url': { type: 'string', multiple: true },
      'amqp-url': { type: 'string' },
      queue: { type: 'string', multiple: true },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const waitSeconds = Number(values.wait);
  if (!Number.isFinite(waitSeconds) || waitSeconds < 0) throw new UsageError('--wait takes a number of seconds');
  const report = await checkInvariants(target(values), {
    waitSeconds,
    onRound: (results) =>
      process.stderr.write(
        `waiting for the stack to settle: ${results
          .filter((r) => r.violations > 0)
          .map((r) => r.name)
          .join('; ')}\n`,
      ),
  });
  console.log(values.json ? JSON.stringify(report, null, 2) : formatReport(report));
  process.exit(report.violations === 0 ? 0 : 1);
} catch (err) {
  if (err instanceof UsageError || String((err as NodeJS.ErrnoException).code).startsWith('ERR_PARSE_ARGS'))
    console.error(`${(err as Error).message}\n\n${USAGE}`);
  else console.error(err instanceof StackNotRunning ? err.message : `check-invariants: ${(err as Error).message}`);
  process.exit(2);
}
