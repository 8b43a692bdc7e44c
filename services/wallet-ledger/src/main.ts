import { createLogger, onShutdown, startTelemetry } from '@ziba/service-kit';

startTelemetry('wallet-ledger');
const { loadWalletLedgerConfig } = await import('./config.ts');
const { startWalletLedger } = await import('./app.ts');

const config = loadWalletLedgerConfig();
const logger = createLogger('wallet-ledger', config.LOG_LEVEL);
const app = await startWalletLedger(config, logger);
onShutdown(logger, [['wallet-ledger', () => app.stop()]]);
