import type * as grpc from '@grpc/grpc-js';
import type { IdentityServiceHandlers } from '@ziba/contracts';
import type { ServiceHandlers } from '@ziba/service-kit';
import { AppError } from '@ziba/service-kit/errors';
import { getUser } from '../application/get-user.query.ts';
import type { IdentityContext } from '../application/identity-context.ts';
import { login } from '../application/login.usecase.ts';
import { register } from '../application/register.usecase.ts';
import { toUserMessage } from '../application/user-mapper.ts';

type Req<K extends keyof IdentityServiceHandlers> = IdentityServiceHandlers[K] extends grpc.handleUnaryCall<infer R, unknown> ? R : never;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function identityHandlers(ctx: IdentityContext): ServiceHandlers {
  return {
    Register: async (r: Req<'Register'>) => toUserMessage(await register(ctx, { email: r.email, password: r.password, role: r.role, countryCode: r.countryCode, testMode: r.testMode })),
    Login: async (r: Req<'Login'>) => {
      const { accessToken, expiresIn, user } = await login(ctx, r.email, r.password);
      return { accessToken, tokenType: 'Bearer', expiresIn, user: toUserMessage(user) };
    },
    GetUser: async (r: Req<'GetUser'>) => {
      if (!UUID.test(r.userId)) throw new AppError('INVALID', 'INVALID_ARGUMENT', 'userId must be a UUID');
      return toUserMessage(await getUser(ctx, r.userId));
    },
    GetJwks: async () => ({ jwksJson: JSON.stringify(ctx.tokens.jwks) }),
  } as ServiceHandlers;
}
