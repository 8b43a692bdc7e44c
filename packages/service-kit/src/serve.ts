import type * as grpc from '@grpc/grpc-js';
import { GrpcServer, type ServiceHandlers } from './grpc-server.ts';
import type { Logger } from './logger.ts';
import { startMetricsServer } from './metrics.ts';

/** The settings every service reads for its two listeners (CommonEnv and metricsEnv). */
export interface ServeConfig {
  SERVICE_TOKENS: string;
  GRPC_ADDRESS: string;
  METRICS_PORT: number;
  METRICS_HOST: string;
}

export interface Serving {
  /** The bound gRPC port (the one asked for, or the one picked for port 0). */
  port: number;
  metricsPort: number;
  /** Stops taking calls, lets in-flight ones finish, then closes the metrics listener. */
  stop(): Promise<void>;
}

/** A service's gRPC API and its Prometheus metrics, listening; the same for every service. */
export async function serve(name: string, logger: Logger, config: ServeConfig, service: grpc.ServiceDefinition, handlers: ServiceHandlers): Promise<Serving> {
  const server = new GrpcServer({ name, logger, serviceTokens: config.SERVICE_TOKENS });
  server.addService(service, handlers);
  const port = await server.listen(config.GRPC_ADDRESS);
  const metrics = await startMetricsServer(config.METRICS_PORT, config.METRICS_HOST);
  logger.info({ port, metricsPort: metrics.port }, `${name} listening`);
  return {
    port,
    metricsPort: metrics.port,
    async stop() {
      await server.shutdown();
      await metrics.stop();
    },
  };
}
