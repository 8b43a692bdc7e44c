// Container health check for the gRPC services under docker compose (Kubernetes uses its native grpc
// probes instead): asks grpc.health.v1 for the server's overall status and exits 0 only on SERVING.
// Usage: node infra/grpc-health-check.mjs [host:port]   (default: the port of $GRPC_ADDRESS on 127.0.0.1)
import { createRequire } from 'node:module';

// The image has no root-level copies of these; service-kit declares both, so resolve from there.
const require = createRequire(new URL('../packages/service-kit/package.json', import.meta.url));
const grpc = require('@grpc/grpc-js');
const { service } = require('grpc-health-check');

const port = (process.env.GRPC_ADDRESS ?? '').split(':').pop();
const target = process.argv[2] ?? `127.0.0.1:${port || '50051'}`;
const Health = grpc.makeGenericClientConstructor(service, 'Health');
const client = new Health(target, grpc.credentials.createInsecure());

client.check({ service: '' }, { deadline: Date.now() + 2000 }, (err, res) => {
  const status = err ? `error: ${err.details || err.message}` : res.status;
  if (status !== 'SERVING') console.error(`${target}: ${status}`);
  client.close();
  process.exit(status === 'SERVING' ? 0 : 1);
});
