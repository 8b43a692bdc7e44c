import type { AuditServiceHandlers } from '@ziba/contracts';
import type { CallContext, HandlersOf, RequestOf } from '@ziba/service-kit';
import { AppError } from '@ziba/service-kit/errors';
import type { AuditUseCases } from '../application/audit-use-cases.ts';

type Req<K extends keyof AuditServiceHandlers> = RequestOf<AuditServiceHandlers, K>;

const adminOnly = (c: CallContext) => {
  if (c.actor?.type !== 'ADMIN') throw new AppError('FORBIDDEN', 'ADMIN_ONLY', 'the audit trail is for admins');
};

export function auditHandlers(audit: AuditUseCases): HandlersOf<AuditServiceHandlers> {
  return {
    ListAuditRecords: async (r: Req<'ListAuditRecords'>, c: CallContext) => {
      adminOnly(c);
      return audit.listAuditRecords({
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
      const v = await audit.verifyChain();
      return { ok: v.ok, records: String(v.records), firstBrokenSeq: v.firstBrokenSeq ?? '', reason: v.reason ?? '' };
    },
    ListNotifications: async (r: Req<'ListNotifications'>, c: CallContext) => {
      if (c.actor?.type !== 'USER') throw new AppError('FORBIDDEN', 'ROLE_NOT_ALLOWED', 'notifications are for users');
      return audit.listNotifications(c.actor.id, r.page?.pageSize ?? 20, r.page?.cursor ?? '');
    },
  };
}
