import type { MikroORM } from '@mikro-orm/postgresql';
import type { AuditServiceHandlers } from '@ziba/contracts';
import type { CallContext, HandlersOf, RequestOf } from '@ziba/service-kit';
import { AppError } from '@ziba/service-kit/errors';
import { verifyChain } from '../application/audit-log.ts';
import { listAuditRecords, listNotifications } from '../application/audit-queries.ts';
import { recordVerification } from '../application/chain-verification.ts';

type Req<K extends keyof AuditServiceHandlers> = RequestOf<AuditServiceHandlers, K>;

const adminOnly = (c: CallContext) => {
  if (c.actor?.type !== 'ADMIN') throw new AppError('FORBIDDEN', 'ADMIN_ONLY', 'the audit trail is for admins');
};

export function auditHandlers(orm: MikroORM): HandlersOf<AuditServiceHandlers> {
  return {
    ListAuditRecords: async (r: Req<'ListAuditRecords'>, c: CallContext) => {
      adminOnly(c);
      return listAuditRecords(orm.em.fork(), {
        entityType: r.entityType,
        entityId: r.entityId,
        actorId: r.actorId,
        action: r.action,
        from: r.from,
        to: r.to,
        pageSize: r.page?.pageSize ?? 50,
        cursor: r.page?.cursor ?? '',
      });
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
  };
}
