import type { Schemas } from '@ziba/api-client';
import { reasonWords } from '../api/problem-words.ts';

type Verification = Pick<Schemas['Verification'], 'profile' | 'missingRequirements' | 'identityVerified' | 'addressVerified'> & {
  reviewFlags?: Array<Pick<Schemas['ReviewFlag'], 'reason' | 'status'>>;
};

/**
 * What a user still has to do to be verified, in words. The server's missing requirements name
 * documents only; a name or an address that no document matches yet is said too, or a user whose
 * documents are all in would see nothing to do while still unverified.
 */
export function stillNeeded(v: Verification): string[] {
  // The whole way from the start: the profile first, then the documents it lets the user add.
  if (!v.profile) return ['Save your identity profile: legal name, date of birth and address.', ...reasonWords(v.missingRequirements)];
  if (v.missingRequirements.length) return reasonWords(v.missingRequirements);
  const inReview = (reason: string) => (v.reviewFlags ?? []).some((f) => f.reason === reason && f.status === 'OPEN');
  const needed: string[] = [];
  if (!v.identityVerified)
    needed.push(
      inReview('NAME_MISMATCH')
        ? 'An admin is checking your legal name against your document.'
        : 'Your legal name must match a verified document; an admin reviews it if it does not.',
    );
  // No document showed an address yet: only one that does can confirm it (or send it to review).
  if (!v.addressVerified)
    needed.push(
      inReview('ADDRESS_MISMATCH')
        ? 'An admin is checking your address against your document.'
        : 'Add a document that shows your address: fill in the address printed on it, as in your profile.',
    );
  return needed;
}
