import type { EntityManager } from '@mikro-orm/postgresql';
import type { ReviewFlagRaisedV1 } from '@ziba/contracts';
import { enqueueEvent } from '@ziba/messaging';
import { randomUUID } from 'node:crypto';
import type { FlagReason } from '../domain/verification.ts';
import type { ReviewFlagEntity } from '../persistence/kyc.entities.ts';
import { KycRepository } from '../persistence/kyc.repository.ts';
import { SOURCE } from './identity-context.ts';

/** Opens a review flag (SPEC section 3: the reason goes with it) and announces it. */
export async function raiseFlag(
  em: EntityManager,
  userId: string,
  documentId: string | null,
  reason: FlagReason,
  detail: string,
  now: Date,
): Promise<ReviewFlagEntity> {
  const flag = KycRepository.addFlag(em, { id: randomUUID(), userId, documentId, reason, detail, status: 'OPEN', createdAt: now });
  await enqueueEvent<ReviewFlagRaisedV1>(em, SOURCE, {
    type: 'identity.review-flag-raised.v1',
    aggregateType: 'user',
    aggregateId: userId,
    actor: { type: 'SYSTEM', id: SOURCE }, // a check raised it, not a person
    data: { userId, flagId: flag.id, reason, documentId },
  });
  return flag;
}
