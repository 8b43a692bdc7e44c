import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import type { DocumentSubmittedV1 } from '@ziba/contracts';
import { enqueueEvent } from '@ziba/messaging';
import { inTransaction } from '@ziba/persistence';
import { isCountryCode, type Actor } from '@ziba/service-kit';
import { randomUUID } from 'node:crypto';
import { isoDateOf, parseIsoDate } from '../domain/calendar.ts';
import { assessDocument, checkExpiry } from '../domain/document-assessment.ts';
import { isDocumentType, isIssuingCountry, isUniquenessKey, normaliseDocumentNumber, requireIssuedWhereUsed, type DocumentType } from '../domain/documents.ts';
import { KycErrors } from '../domain/kyc-errors.ts';
import type { AddressParts } from '../domain/matching.ts';
import { HOLDER_ADDRESS_FIELDS, validateAddress } from '../domain/profile.ts';
import type { DocumentEntity } from '../persistence/kyc.entities.ts';
import { KycRepository } from '../persistence/kyc.repository.ts';
import { saveChanges } from '../persistence/unit-of-work.ts';
import type { DocumentHash } from './document-hasher.ts';
import { SOURCE, type IdentityContext } from './identity-context.ts';
import { toDocumentMessage } from './kyc-mapper.ts';
import { loadKyc, refreshVerification, type KycRecord } from './kyc-state.ts';
import { raiseFlag } from './review-flags.ts';
import { samePerson } from './same-person.ts';

export interface SubmitDocument {
  documentType: string;
  documentNumber: string;
  issuingAuthority: string;
  expiryDate: string;
  countryCode: string;
  holderName: string;
  holderAddress: AddressParts | null;
}

/** A checked submission, ready to record: the number only as its keyed hash. */
interface Submission {
  type: DocumentType;
  countryCode: string;
  issuingAuthority: string;
  expiryDate: string | null;
  holderName: string;
  holderAddress: AddressParts | null;
  hash: DocumentHash;
  providerResult: Awaited<ReturnType<IdentityContext['provider']['verify']>>;
}

/**
 * Records an identity document. The number is normalised, checked and kept only as a keyed hash;
 * the simulated or real provider verifies it, and the holder name and address are matched against
 * the profile. A number another user already holds is refused as a verification: it is recorded
 * for review with a DOCUMENT_REUSED flag on both users, and the holder keeps their document and
 * status until an admin decides (SPEC sections 3 and 12.9).
 */
export async function submitDocument(ctx: IdentityContext, userId: string, input: SubmitDocument, actor: Actor | null, now = new Date()) {
  if (!isDocumentType(input.documentType)) throw KycErrors.unknownDocumentType();
  const type = input.documentType;
  if (!isCountryCode(input.countryCode) || !isIssuingCountry(input.countryCode))
    throw KycErrors.invalidField('countryCode', 'must be the ISO 3166 alpha-2 code of the country that issued the document');
  const number = normaliseDocumentNumber(type, input.countryCode, String(input.documentNumber ?? ''));
  const expiryDate = input.expiryDate ? parseIsoDate('expiryDate', input.expiryDate) : null;
  checkExpiry(type, expiryDate, isoDateOf(now));
  const holderName = input.holderName?.trim() ?? '';
  if (holderName.length < 1 || holderName.length > 200) throw KycErrors.invalidField('holderName', 'must be 1 to 200 characters');
  if (!input.issuingAuthority?.trim() || input.issuingAuthority.length > 120) throw KycErrors.invalidField('issuingAuthority', 'must be 1 to 120 characters');
  const holderAddress = input.holderAddress ? validateAddress(HOLDER_ADDRESS_FIELDS, input.holderAddress) : null;

  const profile = await KycRepository.profileOf(ctx.orm.em.fork(), userId);
  if (!profile) throw KycErrors.profileRequired();
  const hashes = ctx.hasher.allHashes(input.countryCode, type, number);
  // Outside the transaction: a provider call must not hold the user's lock.
  const providerResult = await ctx.provider.verify({
    documentType: type,
    countryCode: input.countryCode,
    normalisedNumber: number,
    holderName,
    dateOfBirth: profile.dateOfBirth,
  });
  const submission: Submission = {
    type,
    countryCode: input.countryCode,
    issuingAuthority: input.issuingAuthority.trim(),
    expiryDate,
    holderName,
    holderAddress,
    hash: ctx.hasher.hash(input.countryCode, type, number),
    providerResult,
  };

  try {
    const view = await inTransaction(ctx, async (em) => {
      const r = await loadKyc(ctx, em, userId, { lock: true });
      requireIssuedWhereUsed(type, input.countryCode, r.user.countryCode.trim());
      if (isUniquenessKey(type)) {
        const holder = await otherHolder(em, userId, input.countryCode, type, hashes);
        if (holder) throw new DocumentHeldElsewhere(holder);
      }
      // The same SSN last four, name and birth date on another account: the later one is reviewed, not verified.
      // Submissions and approvals of one SSN queue on its lock, so two accounts at once still see each other.
      if (type === 'SSN_LAST4') await KycRepository.lockNumber(em, submission.hash);
      const twins = type === 'SSN_LAST4' && r.profile ? await samePerson(em, userId, hashes, r.profile) : [];
      // An account with an open claim on another's number (openClaims) has its next document of that type reviewed, not verified.
      const doc = await recordDocument(em, r, submission, { reuseOf: null, verifiable: twins.length === 0 && openClaims(r, type).length === 0 }, now);
      for (const other of twins) {
        await raiseFlag(em, userId, doc.id, 'DOCUMENT_REUSED', 'the same SSN last four, name and date of birth belong to another account', now);
        await raiseFlag(em, other.userId, other.id, 'DOCUMENT_REUSED', 'the same SSN last four, name and date of birth belong to another account', now);
      }
      await announce(ctx, em, doc, actor, now);
      return toDocumentMessage(doc);
    });
    return view;
  } catch (err) {
    // Checked above, or caught by the unique index when two users submit the same number at once.
    const holder =
      err instanceof DocumentHeldElsewhere
        ? err.holder
        : err instanceof UniqueConstraintViolationException
          ? await otherHolder(ctx.orm.em.fork(), userId, input.countryCode, type, hashes)
          : null;
    if (holder) {
      await recordReuse(ctx, userId, holder, submission, actor, now);
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

/** The live document of another user with this number; a submission under review holds nothing. */
async function otherHolder(em: EntityManager, userId: string, countryCode: string, type: DocumentType, hashes: DocumentHash[]) {
  const docs = await KycRepository.heldElsewhere(em, { userId, countryCode, type, hashes });
  return docs[0] ? { userId: docs[0].userId, documentId: docs[0].id } : null;
}

/**
 * Stores the document in place of the user's live one of its type, matched against the profile,
 * with the flags its checks raise. Verified only when it may be (not a reused number) and the
 * provider and the name both match.
 */
async function recordDocument(
  em: EntityManager,
  r: KycRecord,
  s: Submission,
  opts: { reuseOf: string | null; verifiable: boolean },
  now: Date,
): Promise<DocumentEntity> {
  const p = r.profile;
  if (!p) throw KycErrors.profileRequired();
  // One live document per type: a new one (a renewed licence, say) replaces the old, and the old one's
  // open checks go with it, except this account's claim on another's number: an impersonation flag is
  // closed by an admin only, so it moves to the new document (which is then reviewed, not verified).
  const carried = openClaims(r, s.type);
  const ofType = (f: (typeof r.flags)[number]) => f.status === 'OPEN' && r.documents.some((d) => d.id === f.documentId && d.documentType === s.type);
  for (const f of r.flags.filter((f) => ofType(f) && !carried.includes(f))) f.status = 'SUPERSEDED';
  for (const old of r.documents.filter((d) => d.documentType === s.type)) old.status = 'SUPERSEDED';
  await saveChanges(em);

  const userId = r.user.id;
  const residence = {
    line1: p.residenceLine1,
    city: p.residenceCity,
    state: p.residenceState,
    postalCode: p.residencePostalCode,
    countryCode: p.residenceCountryCode.trim(),
  };
  const { nameMatches, addressMatches, status, verificationMethod, flags } = assessDocument({
    type: s.type,
    holderName: s.holderName,
    holderAddress: s.holderAddress,
    legalName: { first: p.legalFirstName, last: p.legalLastName },
    residence,
    providerResult: s.providerResult,
    verifiable: opts.verifiable,
  });
  const doc = KycRepository.addDocument(em, {
    id: randomUUID(),
    userId,
    countryCode: s.countryCode,
    documentType: s.type,
    numberHash: s.hash.hash,
    hashKeyId: s.hash.keyId,
    isUniquenessKey: isUniquenessKey(s.type),
    issuingAuthority: s.issuingAuthority,
    expiryDate: s.expiryDate,
    holderName: s.holderName,
    holderLine1: s.holderAddress?.line1 ?? null,
    holderCity: s.holderAddress?.city ?? null,
    holderState: s.holderAddress?.state ?? null,
    holderPostalCode: s.holderAddress?.postalCode ?? null,
    holderCountryCode: s.holderAddress?.countryCode ?? null,
    nameMatches,
    addressMatches,
    status,
    reuseOf: opts.reuseOf,
    verificationMethod,
    createdAt: now,
  });
  for (const f of carried) f.documentId = doc.id;
  await saveChanges(em);
  for (const flag of flags) await raiseFlag(em, userId, doc.id, flag.reason, flag.detail, now);
  return doc;
}

/**
 * The open DOCUMENT_REUSED flags of this account's claims: on its unverified document of `type` (a
 * number another account holds is never verified on submission; the holder's flag is on a verified one).
 */
function openClaims(r: KycRecord, type: DocumentType) {
  return r.flags.filter(
    (f) =>
      f.status === 'OPEN' &&
      f.reason === 'DOCUMENT_REUSED' &&
      r.documents.some((d) => d.id === f.documentId && d.documentType === type && d.status !== 'VERIFIED'),
  );
}

/** Publishes the submission and stores the owner's re-evaluated verification. */
async function announce(ctx: IdentityContext, em: EntityManager, doc: DocumentEntity, actor: Actor | null, now: Date): Promise<void> {
  await saveChanges(em);
  await enqueueEvent<DocumentSubmittedV1>(em, SOURCE, {
    type: 'identity.document-submitted.v1',
    aggregateType: 'user',
    aggregateId: doc.userId,
    actor,
    data: {
      userId: doc.userId,
      documentId: doc.id,
      documentType: doc.documentType,
      countryCode: doc.countryCode.trim(),
      status: doc.status,
      verificationMethod: doc.verificationMethod ?? null,
    },
  });
  await refreshVerification(em, await loadKyc(ctx, em, doc.userId), now, actor);
}

/**
 * A number another user holds (SPEC section 3, anti-impersonation; 12.9): one of the two is not who
 * they say. The later submission is kept for review, never verified by it; the holder's document
 * gets a flag for the admin but keeps counting, so the holder's status changes only by an admin's
 * decision (otherwise anyone who learns a driver's NIN could stop them earning).
 */
async function recordReuse(
  ctx: IdentityContext,
  userId: string,
  holder: { userId: string; documentId: string },
  s: Submission,
  actor: Actor | null,
  now: Date,
): Promise<void> {
  await inTransaction(ctx, async (em) => {
    // Both users' locks in id order, so two accounts claiming each other's numbers cannot deadlock.
    const locked = new Map<string, KycRecord>();
    for (const id of [userId, holder.userId].sort()) locked.set(id, await loadKyc(ctx, em, id, { lock: true }));
    const claimant = locked.get(userId)!;
    const doc = await recordDocument(em, claimant, s, { reuseOf: holder.documentId, verifiable: false }, now);
    // Claimed again (a resubmission): the flag carried over from the last claim says it already.
    if (!claimant.flags.some((f) => f.documentId === doc.id && f.reason === 'DOCUMENT_REUSED' && f.status === 'OPEN'))
      await raiseFlag(em, userId, doc.id, 'DOCUMENT_REUSED', `this ${s.type} is registered to another account; an admin will review it`, now);
    await raiseFlag(
      em,
      holder.userId,
      holder.documentId,
      'DOCUMENT_REUSED',
      `another account submitted this ${s.type}; it stays yours until an admin decides`,
      now,
    );
    await announce(ctx, em, doc, actor, now);
    await refreshVerification(em, await loadKyc(ctx, em, holder.userId), now, actor);
  });
}
