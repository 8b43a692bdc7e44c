import type * as grpc from '@grpc/grpc-js';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { AuditServiceHandlers } from '@ziba/contracts';
import type { CallContext, ServiceHandlers } from '@ziba/service-kit';
import { AppError } from '@ziba/service-kit/errors';
import { verifyChain } from '../application/audit-log.ts';
import { listAuditRecords, listNotifications } from '../application/audit-queries.ts';
import { recordVerification } from '../application/chain-verification.ts';

type Req<K extends keyof AuditServiceHandlers> = AuditServiceHandlers[K] extends grpc.handleUnaryCall<infer R, unknown> ? R : never;

const adminOnly = (c: CallContext) => {
  if (c.actor?.type !== 'ADMIN') throw new AppError('FORBIDDEN', 'ADMIN_ONLY', 'the audit trail is for admins');
};

export function auditHandlers(orm: MikroORM): ServiceHandlers {
  return {
    ListAuditRecords: async (r: Req<'ListAuditRecords'>, c: CallContext) => {
      adminOnly(c);
      return listAuditRecords(orm.em.fork(), { entityType: r.entityType, entityId: r.entityId, actorId: r.actorId, action: r.action, from: r.from, to: r.to, pageSize: r.page?.pageSize ?? 50, cursor: r.page?.cursor ?? '' });
    },
    VerifyChain: async (_r: Req<'VerifyChain'>, c: CallContext) => {
      adminOnly(c);
      const v = recordVerification(await verifyChain(orm.em.fork()));
      return { ok: v.ok, records: String(v.records), firstBrokenSeq: v.firstBrokenSeq ?? '', reason: v.reason ?? '' };
    },
    ListNotifications: async (r: Req<'ListNotifications'>, c: CallContext) => {
      if (c.actor?.type !== 'USER') throw new AppError('FORBIDDEN', 'ROLE_NOT_ALLOWED', 'notifications are for users');
      return listNotifications(orm.em.fork(), c.actor.id, r.page?.pageSize ?? 20, r.page?.cursor ?? '');
    },
  } as ServiceHandlers;
}
