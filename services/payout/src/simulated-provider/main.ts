// The simulated payout provider as its own process: PORT, WEBHOOK_URL (the gateway's
// /api/webhooks/payouts/simulated) and WEBHOOK_SECRET from the environment.
import { startSimulatedProvider } from './server.ts';

const { PORT, WEBHOOK_URL, WEBHOOK_SECRET } = process.env;
if (!PORT || !WEBHOOK_URL || !WEBHOOK_SECRET) {
  console.error('simulated-provider: PORT, WEBHOOK_URL and WEBHOOK_SECRET are required');
  process.exit(2);
}
const server = await startSimulatedProvider({ port: Number(PORT), webhookUrl: WEBHOOK_URL, secret: WEBHOOK_SECRET });
console.log(JSON.stringify({ msg: 'simulated provider listening', port: Number(PORT) }));
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => server.close(() => process.exit(0)));
