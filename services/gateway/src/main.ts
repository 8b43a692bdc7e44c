import { createLogger, onShutdown, startTelemetry } from '@ziba/service-kit';

startTelemetry('gateway');
const { loadGatewayConfig } = await import('./config.ts');
const { startGateway } = await import('./app.ts');

const config = loadGatewayConfig();
const logger = createLogger('gateway', config.LOG_LEVEL);
const gateway = await startGateway(config, logger);
logger.info({ url: gateway.url }, 'gateway listening');
onShutdown(logger, [['gateway', () => gateway.stop()]]);
