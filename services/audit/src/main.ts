import { createLogger, onShutdown, startTelemetry } from '@ziba/service-kit';

startTelemetry('audit');
const { loadAuditConfig } = await import('./config.ts');
const { startAudit } = await import('./app.ts');

const config = loadAuditConfig();
const logger = createLogger('audit', config.LOG_LEVEL);
const app = await startAudit(config, logger);
onShutdown(logger, [['audit', () => app.stop()]]);
