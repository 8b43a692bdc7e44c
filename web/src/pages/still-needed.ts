import type { Schemas } from '@ziba/api-client';
import { reasonWords } from '../api/problem-words.ts';

type Verification = Pick<Schemas['Verification'], 'profile' | 'missingRequirements' | 'identityVerified' | 'addressVerified'>;

/**
 * What a user still has to do to be verified, in words. The server's missing requirements name
 * documents only; a name or an address that no document matches yet is said too, or a user whose
 * documents are all in would see nothing to do while still unverified.
 */
export function stillNeeded(v: Verification): string[] {
  if (!v.profile) return ['Save your identity profile: legal name, date of birth and address.'];
  if (v.missingRequirements.length) return reasonWords(v.missingRequirements);
  const needed: string[] = [];
  if (!v.identityVerified) needed.push('Your legal name must match a verified document; an admin reviews it if it does not.');
  if (!v.addressVerified) needed.push('Your address must match a verified document that shows it; an admin reviews it if it does not.');
  return needed;
}
