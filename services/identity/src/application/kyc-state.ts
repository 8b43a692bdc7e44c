import type { EntityManager } from '@mikro-orm/postgresql';
import type { VerificationChangedV1 } from '@ziba/contracts';
import { enqueueEvent } from '@ziba/messaging';
import type { Actor } from '@ziba/service-kit';
import { isoDateOf } from '../domain/calendar.ts';
import type { AccountRole, Country } from '../domain/countries.ts';
import type { DocumentType } from '../domain/documents.ts';
import { IdentityErrors, type DriverStatus } from '../domain/user.ts';
import {
  evaluateVerification,
  type DocumentStatus,
  type FlagReason,
  type FlagStatus,
  type ProfileReview,
  type VerificationState,
} from '../domain/verification.ts';
import type { DocumentEntity, ProfileEntity, ReviewFlagEntity } from '../persistence/kyc.entities.ts';
import { KycRepository } from '../persistence/kyc.repository.ts';
import { saveChanges } from '../persistence/unit-of-work.ts';
import type { UserEntity } from '../persistence/user.entity.ts';
import { UserRepository } from '../persistence/user.repository.ts';
import { SOURCE, type IdentityContext } from './identity-context.ts';

/** Everything KYC knows about one user, read in the caller's transaction. */
export interface KycRecord {
  user: UserEntity;
  country: Country;
  profile: ProfileEntity | null;
  /** Live documents: superseded ones are history, not evidence. */
  documents: DocumentEntity[];
  flags: ReviewFlagEntity[];
}

export async function loadKyc(ctx: IdentityContext, em: EntityManager, userId: string, options: { lock?: boolean } = {}): Promise<KycRecord> {
  // The user row is the lock that serialises KYC changes of one user.
  const user = await UserRepository.findById(em, userId, options);
  if (!user) throw IdentityErrors.userNotFound();
  const [profile, documents, flags] = await Promise.all([
    KycRepository.profileOf(em, userId),
    KycRepository.liveDocuments(em, userId),
    KycRepository.liveFlags(em, userId),
  ]);
  return { user, country: countryOf(ctx, user.countryCode), profile, documents, flags };
}

export function countryOf(ctx: IdentityContext, code: string): Country {
  const country = ctx.countries.get(code.trim());
  if (!country) throw IdentityErrors.unknownCountry(code);
  return country;
}

/** What the verification state is computed from: a KycRecord, or the eligibility check's lean read. */
export interface KycFacts {
  user: Pick<UserEntity, 'role' | 'driverSuspended'>;
  country: Country;
  profile: Pick<ProfileEntity, 'review'> | null;
  documents: Array<Pick<DocumentEntity, 'id' | 'documentType' | 'status' | 'expiryDate' | 'nameMatches' | 'addressMatches'>>;
  flags: Array<Pick<ReviewFlagEntity, 'reason' | 'status' | 'documentId'>>;
}

/** The verification state now; admins hold no KYC state. */
export function evaluate(r: KycFacts, now: Date): VerificationState {
  const role = (r.user.role === 'ADMIN' ? 'RIDER' : r.user.role) as AccountRole;
  return evaluateVerification({
    role,
    driverSuspended: r.user.driverSuspended,
    hasProfile: r.profile !== null,
    profileReview: (r.profile?.review ?? 'NONE') as ProfileReview,
    documents: r.documents.map((d) => ({
      id: d.id,
      type: d.documentType as DocumentType,
      status: d.status as DocumentStatus,
      expiryDate: d.expiryDate ?? null,
      nameMatches: d.nameMatches,
      addressMatches: d.addressMatches ?? null,
    })),
    flags: r.flags.map((f) => ({ reason: f.reason as FlagReason, status: f.status as FlagStatus, documentId: f.documentId ?? null })),
    requirements: r.user.role === 'ADMIN' ? [] : r.country.requirements[role],
    today: isoDateOf(now),
  });
}

/**
 * Re-evaluates after `actor`'s change and stores the outcome where queries need it (profile flags and
 * status for the review queue, the user's driverStatus), announcing a change through the outbox.
 */
export async function refreshVerification(em: EntityManager, r: KycRecord, now: Date, actor: Actor | null): Promise<VerificationState> {
  const state = evaluate(r, now);
  const previousDriverStatus = (r.user.driverStatus ?? null) as DriverStatus | null;
  const p = r.profile;
  const changed =
    previousDriverStatus !== state.driverStatus ||
    (p !== null && (p.identityVerified !== state.identityVerified || p.addressVerified !== state.addressVerified || p.verificationStatus !== state.status));
  if (p)
    Object.assign(p, { identityVerified: state.identityVerified, addressVerified: state.addressVerified, verificationStatus: state.status, updatedAt: now });
  if (state.driverStatus !== previousDriverStatus) Object.assign(r.user, { driverStatus: state.driverStatus, updatedAt: now });
  await saveChanges(em);
  if (changed) {
    await enqueueEvent<VerificationChangedV1>(em, SOURCE, {
      type: 'identity.verification-changed.v1',
      aggregateType: 'user',
      aggregateId: r.user.id,
      // Who caused it (the user's submission, an admin's decision), so the audit trail names them.
      actor: actor && { type: actor.type, id: actor.id },
      data: {
        userId: r.user.id,
        status: state.status,
        identityVerified: state.identityVerified,
        addressVerified: state.addressVerified,
        driverStatus: state.driverStatus,
        previousDriverStatus,
      },
    });
  }
  return state;
}
