import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import type { DocumentDecidedV1, ProfileDecidedV1 } from '@ziba/contracts';
import { enqueueEvent } from '@ziba/messaging';
import { inTransaction } from '@ziba/persistence';
import type { Actor } from '@ziba/service-kit';
import { requireNoteForFlags } from '../domain/decision-notes.ts';
import { KycErrors } from '../domain/kyc-errors.ts';
import type { DocumentEntity } from '../persistence/kyc.entities.ts';
import { KycRepository } from '../persistence/kyc.repository.ts';
import { saveChanges } from '../persistence/unit-of-work.ts';
import { requireAdmin } from './admin-guard.ts';
import { SOURCE, type IdentityContext } from './identity-context.ts';
import { toDocumentMessage, toVerificationMessage } from './kyc-mapper.ts';
import { loadKyc, refreshVerification, type KycRecord } from './kyc-state.ts';
import { samePerson } from './same-person.ts';
import { maskLongNumbers } from '@ziba/service-kit/free-text';

export type Decision = 'APPROVE' | 'REJECT';

function parseDecision(decision: string, reason: string): { decision: Decision; reason: string | null } {
  if (decision !== 'APPROVE' && decision !== 'REJECT') throw KycErrors.invalidDecision();
  const r = maskLongNumbers(reason?.trim() ?? '');
  // Named as the REST request names it: an approval's note is `reason`, a rejection's `rejectionReason`.
  if (r.length > 500) throw KycErrors.invalidField(decision === 'REJECT' ? 'rejectionReason' : 'reason', 'must be at most 500 characters');
  if (decision === 'REJECT' && !r) throw KycErrors.reasonRequired();
  return { decision, reason: r || null };
}

/**
 * An admin verifies or rejects one document; the flags raised on it are decided with it (an approval
 * past them with a note, requireNoteForFlags). A number
 * submitted while another account held it is approved only once that account's document is no
 * longer live (the uniqueness index says so), and then it is unique like any other.
 */
export async function decideDocument(
  ctx: IdentityContext,
  actor: Actor | null,
  documentId: string,
  decisionInput: string,
  reasonInput: string,
  now = new Date(),
) {
  const { decision, reason } = parseDecision(decisionInput, reasonInput);
  const view = await inTransaction(ctx, async (em) => {
    const adminId = await requireAdmin(em, actor, 'MANAGE_KYC');
    const found = await KycRepository.findDocument(em, documentId);
    if (!found || found.status === 'SUPERSEDED') throw KycErrors.documentNotFound();
    const r = await loadKyc(ctx, em, found.userId, { lock: true });
    const doc = r.documents.find((d) => d.id === documentId)!;
    const flags = r.flags.filter((f) => f.documentId === documentId && f.status === 'OPEN');
    // The same decision again, with no open flag for it to decide (a holder's verified document with
    // a claim against it is approved to clear the claim), would only rewrite the first's reason: refused.
    if ((decision === 'APPROVE' ? 'VERIFIED' : 'REJECTED') === doc.status && flags.length === 0) throw KycErrors.documentAlreadyDecided(doc.status);
    requireNoteForFlags(
      decision,
      flags.map((f) => f.reason),
      reason,
    );
    if (decision === 'APPROVE' && (await verifiedTwinElsewhere(em, r, doc))) throw KycErrors.heldByAnotherAccount();
    Object.assign(
      doc,
      decision === 'APPROVE'
        ? { status: 'VERIFIED', reuseOf: null, verificationMethod: 'manual', rejectionReason: null, decidedBy: adminId, decidedAt: now }
        : { status: 'REJECTED', verificationMethod: 'manual', rejectionReason: reason, decidedBy: adminId, decidedAt: now },
    );
    for (const f of flags) {
      Object.assign(f, { status: decision === 'APPROVE' ? 'APPROVED' : 'REJECTED', decisionReason: reason, decidedBy: adminId, decidedAt: now });
    }
    await saveChanges(em);
    await enqueueEvent<DocumentDecidedV1>(em, SOURCE, {
      type: 'identity.document-decided.v1',
      aggregateType: 'user',
      aggregateId: r.user.id,
      actor,
      data: { userId: r.user.id, documentId, documentType: doc.documentType, decision, reason, adminId },
    });
    await refreshVerification(em, r, now, actor);
    return toDocumentMessage(doc);
  }).catch((err: unknown) => {
    if (err instanceof UniqueConstraintViolationException) throw KycErrors.heldByAnotherAccount();
    throw err;
  });
  return view;
}

/**
 * An SSN_LAST4 that is the same person's (same four digits, name and birth date) as another account's
 * verified one: the unique index does not cover SSN_LAST4 (real people share last fours), so two
 * accounts verified by one person's number are refused here, whether or not its flag is still open
 * (a profile's approval closes every flag). Approvals and submissions of one number queue on a lock,
 * so two at once cannot both pass.
 */
async function verifiedTwinElsewhere(em: EntityManager, r: KycRecord, doc: DocumentEntity): Promise<boolean> {
  if (doc.documentType !== 'SSN_LAST4') return false;
  const number = { keyId: doc.hashKeyId, hash: doc.numberHash };
  await KycRepository.lockNumber(em, number);
  return !!r.profile && (await samePerson(em, r.user.id, [number], r.profile)).some((twin) => twin.status === 'VERIFIED');
}

/**
 * An admin decides a user's profile as a whole: approval clears every open flag (with a note when
 * there is one; the address is then verified by the admin's review), rejection keeps the user
 * blocked with the reason shown.
 */
export async function decideProfile(ctx: IdentityContext, actor: Actor | null, userId: string, decisionInput: string, reasonInput: string, now = new Date()) {
  const { decision, reason } = parseDecision(decisionInput, reasonInput);
  const view = await inTransaction(ctx, async (em) => {
    const adminId = await requireAdmin(em, actor, 'MANAGE_KYC');
    const r = await loadKyc(ctx, em, userId, { lock: true });
    if (!r.profile) throw KycErrors.profileNotFound();
    const flags = r.flags.filter((f) => f.status === 'OPEN');
    requireNoteForFlags(
      decision,
      flags.map((f) => f.reason),
      reason,
    );
    Object.assign(r.profile, { review: decision === 'APPROVE' ? 'APPROVED' : 'REJECTED', reviewReason: reason, reviewedBy: adminId, reviewedAt: now });
    for (const f of flags) {
      Object.assign(f, { status: decision === 'APPROVE' ? 'APPROVED' : 'REJECTED', decisionReason: reason, decidedBy: adminId, decidedAt: now });
    }
    await saveChanges(em);
    await enqueueEvent<ProfileDecidedV1>(em, SOURCE, {
      type: 'identity.profile-decided.v1',
      aggregateType: 'user',
      aggregateId: userId,
      actor,
      data: { userId, decision, reason, adminId },
    });
    const state = await refreshVerification(em, r, now, actor);
    return toVerificationMessage(r, state);
  });
  return view;
}
