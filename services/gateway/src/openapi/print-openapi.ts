// Prints the gateway's OpenAPI document without any service running: the routes are registered and
// the document built, nothing is called. scripts/gen-api-client writes it into packages/api-client.
import { createLogger } from '@ziba/service-kit';
import { buildGateway } from '../app.ts';
import { loadGatewayConfig } from '../config.ts';

const config = loadGatewayConfig({ SERVICE_TOKEN: 'openapi-document-only', LOG_LEVEL: 'silent', REDIS_URL: 'redis://127.0.0.1:1' });
const { app, clients } = await buildGateway(config, createLogger('gateway', 'silent'));
await app.ready();
process.stdout.write(`${JSON.stringify(app.swagger(), null, 2)}\n`);
await app.close();
clients.close();
