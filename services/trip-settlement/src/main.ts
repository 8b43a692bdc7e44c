import { createLogger, onShutdown, startTelemetry } from '@ziba/service-kit';

startTelemetry('trip-settlement');
const { loadTripSettlementConfig } = await import('./config.ts');
const { startTripSettlement } = await import('./app.ts');

const config = loadTripSettlementConfig();
const logger = createLogger('trip-settlement', config.LOG_LEVEL);
const app = await startTripSettlement(config, logger);
onShutdown(logger, [['trip-settlement', () => app.stop()]]);
