import type { Schemas } from '@ziba/api-client';
import { documentName } from '../../pages/documents-for.ts';
import { kycStatusWord } from '../../pages/verification-status.ts';

type Item = Pick<Schemas['KycQueueItem'], 'email' | 'verification'>;
type Flag = Schemas['ReviewFlag'];
type Document = Schemas['IdentityDocument'];

/** A review flag as the admin deciding it reads it; `on`: the document it was raised on ("it"), or "a document". */
const FLAG_WORDS: Record<Flag['reason'], (on: string) => string> = {
  NAME_MISMATCH: (on) => `the name on ${on} is not the legal name`,
  ADDRESS_MISMATCH: (on) => `the address on ${on} is not the residence address`,
  DOCUMENT_REUSED: () => 'another account holds this document number',
  PROVIDER_NO_MATCH: () => 'the verification provider found no match',
  PROVIDER_UNAVAILABLE: () => 'the verification provider could not be asked',
  DATE_OF_BIRTH_CHANGED: (on) => `the date of birth changed after ${on} was verified, and it matches the new one`,
};

const legalNameOf = (item: Item) => {
  const p = item.verification?.profile;
  return p ? `${p.legalFirstName} ${p.legalLastName}` : null;
};

/**
 * A flag's words, with the names it compares where it is a name mismatch on a document. A reused
 * number is flagged on both accounts: the holder's verified document keeps it until an admin decides,
 * and the later submission can be approved only once the holder's is rejected (the server refuses it
 * before), so the two say different things.
 */
function flagWords(flag: Pick<Flag, 'reason' | 'documentId'>, item: Item, doc?: Pick<Document, 'holderName' | 'status'>): string {
  const legal = legalNameOf(item);
  if (flag.reason === 'NAME_MISMATCH' && doc && legal) return `the name on it (${doc.holderName}) is not the legal name (${legal})`;
  // A profile's decision takes every flag: which side of a reuse this user is on is its document's.
  const held = flag.reason === 'DOCUMENT_REUSED' ? (doc ?? documentOf(item, flag.documentId)) : doc;
  if (flag.reason === 'DOCUMENT_REUSED' && held?.status === 'VERIFIED') return 'another account has submitted this document number, which stays this user’s';
  if (flag.reason === 'DOCUMENT_REUSED' && held?.status === 'PENDING')
    return 'another account holds this document number (decide that account’s document first: two accounts must not both be verified by one number)';
  return FLAG_WORDS[flag.reason](doc ? 'it' : 'a document');
}

const documentOf = (item: Item, documentId: string | null) => item.verification?.documents.find((d) => d.id === documentId);

/** A document type as a sentence names it: "NIN", not the form's "NIN (National Identification Number)". */
const shortName = (type: string) => documentName(type).replace(/ \(.*\)$/, '');

/**
 * A review flag's line in the queue, in the admin's words. The server's detail of a reused number is
 * written for the user it was raised on (the holder reads "it stays yours until an admin decides"),
 * so that flag is said here from its document: the holder's is verified and keeps counting until an
 * admin decides, and the other account's submission cannot be approved while it is; the later
 * submission is pending, and approving it is refused while the holder's is live (verified, or for a
 * unique number also under review). Every other flag's detail names its check and is said as it is.
 */
export function flagLine(flag: Pick<Flag, 'reason' | 'detail' | 'documentId'>, item: Item): string {
  if (flag.reason !== 'DOCUMENT_REUSED') return flag.detail;
  const doc = documentOf(item, flag.documentId);
  if (!doc) return 'Another account holds this same document number.';
  const ssn = doc.documentType === 'SSN_LAST4';
  const name = ssn ? 'SSN last four' : shortName(doc.documentType);
  const same = ssn ? 'the same SSN last four, legal name and date of birth' : `this same ${name}`;
  if (doc.status === 'VERIFIED')
    return `Another account submitted ${same}; this account keeps its verified ${name}, and its KYC status, until you decide. Approve only if you are sure this account is its holder: the other account’s submission cannot be approved while this one is verified, so reject it there.`;
  if (doc.status === 'PENDING')
    return `Another account already holds ${same}. Approving this submission is refused while that account’s is ${ssn ? 'verified' : 'verified or under review'}: decide that one first, and approve this one only if you are sure this account is its holder.`;
  return `Another account holds ${same}.`;
}

const openFlags = (item: Item, documentId?: string) =>
  (item.verification?.reviewFlags ?? []).filter((f) => f.status === 'OPEN' && (documentId === undefined || f.documentId === documentId));

/** Whether an approval decides open flags, and so needs a note saying what was checked (the server's NOTE_REQUIRED). */
export const approvesPastFlags = (d: { kind: 'document' | 'profile'; approve: boolean }, item: Item, doc?: Pick<Document, 'id'>): boolean =>
  d.approve && openFlags(item, d.kind === 'document' ? doc?.id : undefined).length > 0;

/**
 * What a KYC decision will do, said in its confirmation before the admin sends it. The server decides
 * a document's open flags with the document and a profile's every open flag with the profile, and a
 * user with nothing else outstanding becomes verified (withdrawals open): an admin must see that
 * before approving, not find it afterwards.
 */
export function decisionSummary(d: { kind: 'document' | 'profile'; approve: boolean }, item: Item, doc?: Document): string {
  if (!d.approve)
    return d.kind === 'document'
      ? 'The user sees the reason and can send a new document.'
      : 'The user stays unverified (no trips, no withdrawals) and sees the reason.';
  const flags = openFlags(item, d.kind === 'document' ? doc?.id : undefined);
  const accepts = flags.length ? `You accept that ${flags.map((f) => flagWords(f, item, doc)).join('; and that ')}. ` : '';
  const what =
    d.kind === 'document'
      ? `Approving it verifies the ${doc ? documentName(doc.documentType) : 'document'}`
      : 'Approving the profile clears every open flag and verifies the address by your review';
  return `${accepts}${what}; if nothing else is outstanding, ${item.email} becomes verified and may withdraw. Recorded in the audit trail with your note.`;
}

/** The outcome said after a decision, from the user's KYC as the server now has it. */
export function decisionOutcome(d: { approve: boolean; what: string }, after: Pick<Schemas['Verification'], 'status'> | null | undefined): string {
  const done = `${d.approve ? 'Approved' : 'Rejected'}: ${d.what}.`;
  return after ? `${done} Their KYC is now ${kycStatusWord(after.status)}.` : done;
}
