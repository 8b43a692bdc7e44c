import { createLogger, onShutdown, startTelemetry } from '@ziba/service-kit';

startTelemetry('payout');
const { loadPayoutConfig } = await import('./config.ts');
const { startPayout } = await import('./app.ts');

const config = loadPayoutConfig();
const logger = createLogger('payout', config.LOG_LEVEL);
const app = await startPayout(config, logger);
onShutdown(logger, [['payout', () => app.stop()]]);
