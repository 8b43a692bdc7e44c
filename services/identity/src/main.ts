import { createLogger, onShutdown, startTelemetry } from '@ziba/service-kit';

startTelemetry('identity');
const { loadIdentityConfig } = await import('./config.ts');
const { startIdentity } = await import('./app.ts');

const config = loadIdentityConfig();
const logger = createLogger('identity', config.LOG_LEVEL);
const app = await startIdentity(config, logger);
onShutdown(logger, [['identity', () => app.stop()]]);
