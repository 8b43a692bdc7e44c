// The simulated payout provider as its own process: PORT (0 for any free one), WEBHOOK_URL (the
// gateway's /api/webhooks/payouts/simulated) and WEBHOOK_SECRET from the environment. Its first line
// on stdout says the port it listens on.
import type { AddressInfo } from 'node:net';
import { startSimulatedProvider } from './server.ts';

const { PORT, WEBHOOK_URL, WEBHOOK_SECRET } = process.env;
if (!PORT || !WEBHOOK_URL || !WEBHOOK_SECRET) {
  console.error('simulated-provider: PORT, WEBHOOK_URL and WEBHOOK_SECRET are required');
  process.exit(2);
}
const server = await startSimulatedProvider({ port: Number(PORT), webhookUrl: WEBHOOK_URL, secret: WEBHOOK_SECRET });
console.log(JSON.stringify({ msg: 'simulated provider listening', port: (server.address() as AddressInfo).port }));
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => server.close(() => process.exit(0)));
