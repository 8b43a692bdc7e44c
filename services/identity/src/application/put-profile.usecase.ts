import type { ProfileUpdatedV1 } from '@ziba/contracts';
import { enqueueEvent } from '@ziba/messaging';
import { inTransaction } from '@ziba/persistence';
import type { Actor } from '@ziba/service-kit';
import { addressesMatch, namesMatch } from '../domain/matching.ts';
import { validateProfile, type ProfileInput } from '../domain/profile.ts';
import { IdentityErrors } from '../domain/user.ts';
import type { DocumentEntity } from '../persistence/kyc.entities.ts';
import { KycRepository } from '../persistence/kyc.repository.ts';
import { saveChanges } from '../persistence/unit-of-work.ts';
import { SOURCE, type IdentityContext } from './identity-context.ts';
import { raiseFlag } from './review-flags.ts';
import { toVerificationMessage } from './kyc-mapper.ts';
import { loadKyc, refreshVerification, type KycRecord } from './kyc-state.ts';

/**
 * Creates or replaces the user's identity profile. A changed profile is matched again against the
 * documents on file: earlier mismatch flags give way to fresh ones, and an earlier admin approval
 * of the profile no longer holds. A changed date of birth reopens the documents verified with the
 * old one (the provider matched number, name and birth date together): an admin checks them again.
 */
export async function putProfile(ctx: IdentityContext, userId: string, input: ProfileInput, actor: Actor | null, now = new Date()) {
  const view = await inTransaction(ctx, async (em) => {
    const r = await loadKyc(ctx, em, userId, { lock: true });
    if (r.user.role === 'ADMIN') throw IdentityErrors.roleNotAllowed();
    const profile = validateProfile(input, r.user.countryCode.trim(), ctx.countries, now);
    const fields = {
      legalFirstName: profile.legalFirstName,
      legalLastName: profile.legalLastName,
      dateOfBirth: profile.dateOfBirth,
      countryCode: profile.countryCode,
      residenceLine1: profile.residence.line1,
      residenceCity: profile.residence.city,
      residenceState: profile.residence.state ?? null,
      residencePostalCode: profile.residence.postalCode ?? null,
      residenceCountryCode: profile.residence.countryCode,
    };
    const unchanged = r.profile && Object.entries(fields).every(([k, v]) => String(r.profile![k as keyof typeof fields] ?? '').trim() === String(v ?? ''));
    const birthDateChanged = !!r.profile && String(r.profile.dateOfBirth ?? '').trim() !== String(fields.dateOfBirth ?? '');
    if (!unchanged) {
      if (r.profile) Object.assign(r.profile, fields, { review: 'NONE', reviewReason: null, reviewedBy: null, reviewedAt: null, updatedAt: now });
      else
        r.profile = KycRepository.addProfile(em, {
          userId,
          ...fields,
          identityVerified: false,
          addressVerified: false,
          verificationStatus: 'INCOMPLETE',
          review: 'NONE',
          createdAt: now,
          updatedAt: now,
        });
      await rematchDocuments(em, r, now);
      if (birthDateChanged) await reopenVerifiedDocuments(em, r, now);
      await saveChanges(em);
    }
    const fresh = await loadKyc(ctx, em, userId);
    const state = await refreshVerification(em, fresh, now, actor);
    if (!unchanged) {
      await enqueueEvent<ProfileUpdatedV1>(em, SOURCE, {
        type: 'identity.profile-updated.v1',
        aggregateType: 'user',
        aggregateId: userId,
        actor,
        data: { userId, countryCode: profile.countryCode, verificationStatus: state.status },
      });
    }
    return toVerificationMessage(fresh, state);
  });
  return view;
}

async function rematchDocuments(em: Parameters<typeof raiseFlag>[0], r: KycRecord, now: Date): Promise<void> {
  const p = r.profile!;
  for (const f of r.flags) {
    if (f.status === 'OPEN' && (f.reason === 'NAME_MISMATCH' || f.reason === 'ADDRESS_MISMATCH')) Object.assign(f, { status: 'SUPERSEDED', decidedAt: now });
  }
  const residence = {
    line1: p.residenceLine1,
    city: p.residenceCity,
    state: p.residenceState,
    postalCode: p.residencePostalCode,
    countryCode: p.residenceCountryCode.trim(),
  };
  for (const d of r.documents.filter((x) => x.status !== 'REJECTED')) {
    d.nameMatches = namesMatch(p.legalFirstName, p.legalLastName, d.holderName);
    d.addressMatches = holderAddress(d) ? addressesMatch(holderAddress(d)!, residence) : null;
    if (!d.nameMatches) await raiseFlag(em, r.user.id, d.id, 'NAME_MISMATCH', `the holder name on the ${d.documentType} does not match the legal name`, now);
    if (d.addressMatches === false)
      await raiseFlag(em, r.user.id, d.id, 'ADDRESS_MISMATCH', `the address on the ${d.documentType} does not match the residence address`, now);
  }
}

/** The documents verified while the profile had another date of birth, back to review with a flag saying why. */
async function reopenVerifiedDocuments(em: Parameters<typeof raiseFlag>[0], r: KycRecord, now: Date): Promise<void> {
  for (const d of r.documents.filter((x) => x.status === 'VERIFIED')) {
    Object.assign(d, { status: 'PENDING', verificationMethod: null, decidedBy: null, decidedAt: null });
    await raiseFlag(
      em,
      r.user.id,
      d.id,
      'DATE_OF_BIRTH_CHANGED',
      `the date of birth changed after this ${d.documentType} was verified: check it against the document`,
      now,
    );
  }
}

export function holderAddress(d: DocumentEntity) {
  if (!d.holderLine1 || !d.holderCity || !d.holderCountryCode) return null;
  return {
    line1: d.holderLine1,
    city: d.holderCity,
    state: d.holderState ?? null,
    postalCode: d.holderPostalCode ?? null,
    countryCode: d.holderCountryCode.trim(),
  };
}
