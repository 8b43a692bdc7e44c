import type { MikroORM } from '@mikro-orm/postgresql';
import { verifyChain, type ChainVerification } from './audit-log.ts';
import { listAuditRecords, listNotifications } from './audit-queries.ts';
import { recordVerification } from './chain-verification.ts';

export type AuditRecordQuery = Parameters<typeof listAuditRecords>[1];

/** What the gRPC handler may ask of the audit log; each call on its own entity manager. */
export interface AuditUseCases {
  listAuditRecords(query: AuditRecordQuery): ReturnType<typeof listAuditRecords>;
  listNotifications(ownerId: string, pageSize: number, cursor: string): ReturnType<typeof listNotifications>;
  /** The whole chain, counted in the verification metrics like the periodic pass. */
  verifyChain(): Promise<ChainVerification>;
}

export function auditUseCases(orm: MikroORM): AuditUseCases {
  return {
    listAuditRecords: (query) => listAuditRecords(orm.em.fork(), query),
    listNotifications: (ownerId, pageSize, cursor) => listNotifications(orm.em.fork(), ownerId, pageSize, cursor),
    verifyChain: async () => recordVerification(await verifyChain(orm.em.fork())),
  };
}
