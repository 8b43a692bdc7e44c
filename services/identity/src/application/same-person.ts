import type { EntityManager } from '@mikro-orm/postgresql';
import { namesMatch } from '../domain/matching.ts';
import type { DocumentEntity, ProfileEntity } from '../persistence/kyc.entities.ts';
import { KycRepository, type NumberHash } from '../persistence/kyc.repository.ts';

/** SSN_LAST4 is never unique on its own; the same four digits with the same name and birth date are. */
export async function samePerson(em: EntityManager, userId: string, hashes: NumberHash[], p: ProfileEntity): Promise<DocumentEntity[]> {
  const same = await KycRepository.sameSsnLast4(em, userId, hashes);
  const twins: DocumentEntity[] = [];
  for (const other of same) {
    const op = await KycRepository.profileOf(em, other.userId);
    if (op && op.dateOfBirth === p.dateOfBirth && namesMatch(op.legalFirstName, op.legalLastName, `${p.legalFirstName} ${p.legalLastName}`)) twins.push(other);
  }
  return twins;
}
