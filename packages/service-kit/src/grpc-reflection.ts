import type * as grpc from '@grpc/grpc-js';
import { ReflectionService } from '@grpc/reflection';
import { fileDescriptorProtos } from '@ziba/contracts';

export const HEALTH_SERVICE = 'grpc.health.v1.Health';

type PackageDefinition = ConstructorParameters<typeof ReflectionService>[0];

/**
 * gRPC server reflection (v1 and v1alpha), so grpcurl and `buf curl` can list and call the methods.
 * Fed with buf's descriptors rather than proto-loader's: those lack imports and use relative type
 * names, so a method whose messages come from ziba/common/v1 would list but not resolve.
 * Only `services` are listed; every file stays resolvable by name or symbol.
 */
export function addReflection(server: Pick<grpc.Server, 'addService'>, services: string[]): void {
  // The reflection service reads nothing but `fileDescriptorProtos` from the package definition.
  const definition = { descriptors: { fileDescriptorProtos: fileDescriptorProtos() } } as unknown as PackageDefinition;
  new ReflectionService(definition, { services }).addToServer(server);
}

/** `ziba.wallet.v1.WalletLedgerService`, from any method's path (`/<service>/<method>`). */
export function serviceNameOf(definition: grpc.ServiceDefinition): string {
  const path = Object.values(definition)[0]?.path ?? '';
  const name = path.split('/')[1];
  if (!name) throw new Error(`cannot tell the service name from method path "${path}"`);
  return name;
}
