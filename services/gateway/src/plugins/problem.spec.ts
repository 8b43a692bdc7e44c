import { describe, expect, it } from '@jest/globals';
import * as grpc from '@grpc/grpc-js';
import { createLogger, fromServiceError, MD } from '@ziba/service-kit';
import { AppError } from '@ziba/service-kit/errors';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import { registerProblemHandlers } from './problem.ts';

/** A gateway with one route that fails with `err`: its answer, and what it logged. */
async function failWith(err: Error) {
  const lines: string[] = [];
  const app = Fastify({ loggerInstance: createLogger('gateway', 'info', { write: (line: string) => void lines.push(line) }) as FastifyBaseLogger });
  registerProblemHandlers(app, 'http://gateway.test');
  app.get('/api/thing', async () => {
    throw err;
  });
  const res = await app.inject({ method: 'GET', url: '/api/thing' });
  await app.close();
  const logged = lines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.msg === 'downstream failure');
  return { status: res.statusCode, body: res.json<{ code: string; detail: string }>(), text: res.body, logged };
}

const status = (code: grpc.status, details: string, errorCode?: string) => {
  const metadata = new grpc.Metadata();
  if (errorCode) metadata.set(MD.errorCode, errorCode);
  return { code, details, metadata };
};

describe("the gateway's downstream failure log line", () => {
  it('names the service, the gRPC method, the gRPC status code and its text; the client gets the stable code only', async () => {
    const err = fromServiceError(
      'wallet-ledger',
      'PostEntry',
      status(grpc.status.UNAVAILABLE, 'No connection established. Last error: connect ECONNREFUSED 127.0.0.1:50052'),
    );
    const r = await failWith(err);
    expect(r.status).toBe(503);
    expect(r.body).toMatchObject({ code: 'DEPENDENCY_UNAVAILABLE', detail: 'wallet-ledger failed' });
    expect(r.text).not.toContain('ECONNREFUSED');
    expect(r.logged).toMatchObject({
      level: 40,
      code: 'DEPENDENCY_UNAVAILABLE',
      target: 'wallet-ledger',
      method: 'PostEntry',
      grpcCode: 'UNAVAILABLE',
      details: 'No connection established. Last error: connect ECONNREFUSED 127.0.0.1:50052',
    });
  });

  it('says a deadline and an internal error apart, and keeps a downstream’s own stable code', async () => {
    const deadline = await failWith(fromServiceError('identity', 'GetUser', status(grpc.status.DEADLINE_EXCEEDED, 'Deadline exceeded after 5.001s')));
    expect(deadline.body.code).toBe('DEPENDENCY_UNAVAILABLE');
    expect(deadline.logged).toMatchObject({ target: 'identity', method: 'GetUser', grpcCode: 'DEADLINE_EXCEEDED' });

    const internal = await failWith(fromServiceError('payout', 'RequestWithdrawal', status(grpc.status.INTERNAL, 'internal error', 'INTERNAL')));
    expect(internal).toMatchObject({ status: 500, body: { code: 'DEPENDENCY_FAILED', detail: 'the request could not be completed' } });
    expect(internal.logged).toMatchObject({ code: 'DEPENDENCY_FAILED', target: 'payout', method: 'RequestWithdrawal', grpcCode: 'INTERNAL' });

    const busy = await failWith(fromServiceError('wallet-ledger', 'PostEntry', status(grpc.status.UNAVAILABLE, 'the database is busy', 'DATABASE_BUSY')));
    expect(busy.body.code).toBe('DATABASE_BUSY');
    expect(busy.logged).toMatchObject({ code: 'DATABASE_BUSY', target: 'wallet-ledger', grpcCode: 'UNAVAILABLE', details: 'the database is busy' });
  });

  it('never carries a full account or document number from a status text', async () => {
    const r = await failWith(fromServiceError('payout', 'AddPayoutMethod', status(grpc.status.INTERNAL, 'failed for account 0123456789 and NIN 12345678901')));
    expect(r.logged!.details).toBe('failed for account ****6789 and NIN ****8901');
    expect(JSON.stringify({ ...r.logged, time: null })).not.toMatch(/\d{8}/);
  });

  it('logs a fault raised in the gateway itself with its code and message; a refusal is not a downstream failure', async () => {
    const own = await failWith(new AppError('UNAVAILABLE', 'DEPENDENCY_UNAVAILABLE', 'the sign-out could not be recorded; try again'));
    expect(own.logged).toMatchObject({ code: 'DEPENDENCY_UNAVAILABLE', details: 'the sign-out could not be recorded; try again' });
    const refusal = await failWith(
      fromServiceError('wallet-ledger', 'PostEntry', status(grpc.status.FAILED_PRECONDITION, 'insufficient funds', 'INSUFFICIENT_FUNDS')),
    );
    expect(refusal).toMatchObject({ status: 422, body: { code: 'INSUFFICIENT_FUNDS' }, logged: undefined });
  });
});
