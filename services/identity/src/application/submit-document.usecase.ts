import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import type { DocumentSubmittedV1 } from '@ziba/contracts';
import { enqueueEvent } from '@ziba/messaging';
import type { Actor } from '@ziba/service-kit';
import { randomUUID } from 'node:crypto';
import { isoDateOf, parseIsoDate } from '../domain/calendar.ts';
import { isDocumentType, isUniquenessKey, normaliseDocumentNumber, type DocumentType } from '../domain/documents.ts';
import { KycErrors } from '../domain/kyc-errors.ts';
import { addressesMatch, namesMatch, type AddressParts } from '../domain/matching.ts';
import { validateAddress } from '../domain/profile.ts';
import { DocumentEntity, ProfileEntity } from '../persistence/kyc.entities.ts';
import type { DocumentHash } from './document-hasher.ts';
import { SOURCE, type IdentityContext } from './identity-context.ts';
import { toDocumentMessage } from './kyc-mapper.ts';
import { loadKyc, refreshVerification } from './kyc-state.ts';
import { raiseFlag } from './review-flags.ts';

export interface SubmitDocument {
  documentType: string;
  documentNumber: string;
  issuingAuthority: string;
  expiryDate: string;
  countryCode: string;
  holderName: string;
  holderAddress: AddressParts | null;
}

/** Types that always carry an expiry date. */
const EXPIRING: readonly DocumentType[] = ['DRIVER_LICENSE', 'PASSPORT'];

/**
 * Records an identity document. The number is normalised, checked and kept only as a keyed hash;
 * the simulated or real provider verifies it, and the holder name and address are matched against
 * the profile. A number already held by another user is refused, and both users go to review.
 */
export async function submitDocument(ctx: IdentityContext, userId: string, input: SubmitDocument, actor: Actor | null, now = new Date()) {
  if (!isDocumentType(input.documentType)) throw KycErrors.unknownDocumentType();
  const type = input.documentType;
  if (!/^[A-Z]{2}$/.test(input.countryCode)) throw KycErrors.invalidField('countryCode', 'must be an ISO 3166 alpha-2 code');
  const number = normaliseDocumentNumber(type, input.countryCode, String(input.documentNumber ?? ''));
  const expiryDate = input.expiryDate ? parseIsoDate('expiryDate', input.expiryDate) : null;
  if (!expiryDate && EXPIRING.includes(type)) throw KycErrors.invalidDate('expiryDate', `a ${type} has an expiry date`);
  if (expiryDate && expiryDate < isoDateOf(now)) throw KycErrors.documentExpired();
  const holderName = input.holderName?.trim() ?? '';
  if (holderName.length < 1 || holderName.length > 200) throw KycErrors.invalidField('holderName', 'must be 1 to 200 characters');
  if (!input.issuingAuthority?.trim() || input.issuingAuthority.length > 120) throw KycErrors.invalidField('issuingAuthority', 'must be 1 to 120 characters');
  const holderAddress = input.holderAddress ? validateAddress('holderAddress', input.holderAddress) : null;

  const profile = await ctx.orm.em.fork().findOne(ProfileEntity, { userId });
  if (!profile) throw KycErrors.profileRequired();
  const hashes = ctx.hasher.allHashes(input.countryCode, type, number);
  // Outside the transaction: a provider call must not hold the user's lock.
  const providerResult = await ctx.provider.verify({ documentType: type, countryCode: input.countryCode, normalisedNumber: number, holderName, dateOfBirth: profile.dateOfBirth });

  try {
    const view = await ctx.orm.em.fork().transactional(async (em) => {
      const r = await loadKyc(ctx, em, userId, { lock: true });
      if (!r.profile) throw KycErrors.profileRequired();
      if (isUniquenessKey(type)) {
        const holder = await otherHolder(em, userId, input.countryCode, type, hashes);
        if (holder) throw new DocumentHeldElsewhere(holder);
      }
      // One live document per type: a new one (a renewed licence, say) replaces the old.
      for (const old of r.documents.filter((d) => d.documentType === type)) old.status = 'SUPERSEDED';
      for (const f of r.flags.filter((f) => f.status === 'OPEN' && r.documents.some((d) => d.id === f.documentId && d.documentType === type))) f.status = 'SUPERSEDED';
      await em.flush();

      const p = r.profile;
      const residence = { line1: p.residenceLine1, city: p.residenceCity, state: p.residenceState, postalCode: p.residencePostalCode, countryCode: p.residenceCountryCode.trim() };
      const nameMatches = namesMatch(p.legalFirstName, p.legalLastName, holderName);
      const addressMatches = holderAddress ? addressesMatch(holderAddress, residence) : null;
      const verified = providerResult === 'MATCH' && nameMatches;
      const { keyId, hash } = ctx.hasher.hash(input.countryCode, type, number);
      const doc = em.create(DocumentEntity, {
        id: randomUUID(), userId, countryCode: input.countryCode, documentType: type, numberHash: hash, hashKeyId: keyId, isUniquenessKey: isUniquenessKey(type),
        issuingAuthority: input.issuingAuthority.trim(), expiryDate, holderName,
        holderLine1: holderAddress?.line1 ?? null, holderCity: holderAddress?.city ?? null, holderState: holderAddress?.state ?? null,
        holderPostalCode: holderAddress?.postalCode ?? null, holderCountryCode: holderAddress?.countryCode ?? null,
        nameMatches, addressMatches, status: verified ? 'VERIFIED' : 'PENDING', verificationMethod: verified ? 'automated' : null, createdAt: now,
      });
      await em.flush();
      if (!nameMatches) await raiseFlag(em, userId, doc.id, 'NAME_MISMATCH', `the holder name on the ${type} does not match the legal name`, now);
      if (addressMatches === false) await raiseFlag(em, userId, doc.id, 'ADDRESS_MISMATCH', `the address on the ${type} does not match the residence address`, now);
      if (providerResult === 'NO_MATCH') await raiseFlag(em, userId, doc.id, 'PROVIDER_NO_MATCH', `the verification provider could not match the ${type}`, now);
      if (providerResult === 'UNAVAILABLE') await raiseFlag(em, userId, doc.id, 'PROVIDER_UNAVAILABLE', `the verification provider was unavailable; the ${type} waits for manual review`, now);
      if (type === 'SSN_LAST4') await flagSamePerson(em, r.user.id, doc, hashes, p, now);
      await em.flush();
      await enqueueEvent<DocumentSubmittedV1>(em, SOURCE, {
        type: 'identity.document-submitted.v1', aggregateType: 'user', aggregateId: userId, actor,
        data: { userId, documentId: doc.id, documentType: type, countryCode: input.countryCode, status: doc.status, verificationMethod: doc.verificationMethod ?? null },
      });
      await refreshVerification(em, await loadKyc(ctx, em, userId), now);
      return toDocumentMessage(doc);
    });
    ctx.onCommit();
    return view;
  } catch (err) {
    // Checked above, or caught by the unique index when two users submit the same number at once.
    const holder = err instanceof DocumentHeldElsewhere ? err.holder : err instanceof UniqueConstraintViolationException ? await otherHolder(ctx.orm.em.fork(), userId, input.countryCode, type, hashes) : null;
    if (holder) {
      await flagReuse(ctx, userId, holder, type, now);
      throw KycErrors.documentReused();
    }
    throw err;
  }
}

class DocumentHeldElsewhere extends Error {
  readonly holder: { userId: string; documentId: string };
  constructor(holder: { userId: string; documentId: string }) {
    super('document held by another user');
    this.holder = holder;
  }
}

async function otherHolder(em: EntityManager, userId: string, countryCode: string, type: DocumentType, hashes: DocumentHash[]) {
  const docs = await em.find(DocumentEntity, {
    countryCode, documentType: type, status: { $in: ['PENDING', 'VERIFIED'] }, userId: { $ne: userId },
    $or: hashes.map((h) => ({ hashKeyId: h.keyId, numberHash: h.hash })),
  });
  return docs[0] ? { userId: docs[0].userId, documentId: docs[0].id } : null;
}

/** Both accounts go to review: one of them is not who they say (SPEC section 3, anti-impersonation). */
async function flagReuse(ctx: IdentityContext, userId: string, holder: { userId: string; documentId: string }, type: DocumentType, now: Date): Promise<void> {
  await ctx.orm.em.fork().transactional(async (em) => {
    for (const id of [userId, holder.userId].sort()) await loadKyc(ctx, em, id, { lock: true });
    await raiseFlag(em, userId, null, 'DOCUMENT_REUSED', `tried to register a ${type} already registered to another account`, now);
    await raiseFlag(em, holder.userId, holder.documentId, 'DOCUMENT_REUSED', `another account tried to register this ${type}`, now);
    await em.flush();
    for (const id of [userId, holder.userId]) await refreshVerification(em, await loadKyc(ctx, em, id), now);
  });
  ctx.onCommit();
}

/** SSN_LAST4 is never unique on its own; the same four digits with the same name and birth date are. */
async function flagSamePerson(em: EntityManager, userId: string, doc: DocumentEntity, hashes: DocumentHash[], p: ProfileEntity, now: Date): Promise<void> {
  const same = await em.find(DocumentEntity, { documentType: 'SSN_LAST4', status: { $in: ['PENDING', 'VERIFIED'] }, userId: { $ne: userId }, $or: hashes.map((h) => ({ hashKeyId: h.keyId, numberHash: h.hash })) });
  for (const other of same) {
    const op = await em.findOne(ProfileEntity, { userId: other.userId });
    if (!op || op.dateOfBirth !== p.dateOfBirth || !namesMatch(op.legalFirstName, op.legalLastName, `${p.legalFirstName} ${p.legalLastName}`)) continue;
    await raiseFlag(em, userId, doc.id, 'DOCUMENT_REUSED', 'the same SSN last four, name and date of birth belong to another account', now);
    await raiseFlag(em, other.userId, other.id, 'DOCUMENT_REUSED', 'the same SSN last four, name and date of birth belong to another account', now);
  }
}
