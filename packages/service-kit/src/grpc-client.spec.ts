import { describe, expect, it } from '@jest/globals';
import * as grpc from '@grpc/grpc-js';
import { downstreamOf } from './grpc-client.ts';
import { serviceClientFactory } from './service-clients.ts';

describe('a fault of a gRPC call', () => {
  it('is DEPENDENCY_UNAVAILABLE for the client, and says for the log which service, method and gRPC code, also once the breaker is open', async () => {
    // Nothing listens on port 1: every call fails at once with UNAVAILABLE.
    const identity = serviceClientFactory({ SERVICE_TOKEN: 'unused' }).identity('127.0.0.1:1', 2_000);
    try {
      const first = await identity.call('GetJwks', {}).catch((err: unknown) => err);
      expect(first).toMatchObject({ kind: 'UNAVAILABLE', code: 'DEPENDENCY_UNAVAILABLE', message: 'identity failed' });
      expect(downstreamOf(first)).toEqual({ target: 'identity', method: 'GetJwks', grpcCode: 'UNAVAILABLE', details: expect.stringContaining('127.0.0.1:1') });

      // Enough failures open the breaker: no call is made, so there is no gRPC code, and the log says why.
      for (let i = 0; i < 5; i++) await identity.call('GetJwks', {}).catch(() => undefined);
      const refused = await identity.call('GetUser', { userId: 'x' }).catch((err: unknown) => err);
      expect(refused).toMatchObject({ code: 'DEPENDENCY_UNAVAILABLE', message: 'identity is unavailable' });
      expect(downstreamOf(refused)).toEqual({ target: 'identity', method: 'GetUser', grpcCode: null, details: 'circuit breaker open: recent calls failed' });
    } finally {
      identity.close();
    }
  });

  it('does not open the breaker for a method the callee does not know yet (an older replica in a rolling deploy)', async () => {
    // A server that serves no method: every call is answered at once with UNIMPLEMENTED.
    const server = new grpc.Server();
    const port = await new Promise<number>((resolve, reject) =>
      server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))),
    );
    const identity = serviceClientFactory({ SERVICE_TOKEN: 'unused' }).identity(`127.0.0.1:${port}`, 2_000);
    try {
      for (let i = 0; i < 10; i++) {
        const err = await identity.call('MatchLegalNames', { names: [] }).catch((e: unknown) => e);
        expect(downstreamOf(err)).toMatchObject({ method: 'MatchLegalNames', grpcCode: 'UNIMPLEMENTED' });
      }
      expect(identity.breaker.opened).toBe(false);
    } finally {
      identity.close();
      server.forceShutdown();
    }
  });

  it('is nothing of the sort for errors that did not come from a call', () => {
    expect(downstreamOf(new Error('x'))).toBeNull();
    expect(downstreamOf(null)).toBeNull();
  });
});
