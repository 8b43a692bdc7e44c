// Identity documents and payout accounts of the cast, shaped as the API takes them. The numbers are
// the seed's (one document or account belongs to one user only, so every person gets their own),
// in each country's format so identity's simulated provider verifies them.
import type { DocumentSpec, Person } from './cast.ts';
import type { Seeded } from './seeded.ts';

const LICENCE_PREFIX: Record<Person['country'], string> = { NG: 'LAG', US: 'NY', BD: 'DK' };

function documentNumber(seeded: Seeded, p: Person, spec: DocumentSpec): string {
  const label = `document:${p.handle}:${spec.type}`;
  switch (spec.type) {
    case 'NIN':
      return seeded.digits(label, 11);
    case 'NID':
      return seeded.digits(label, 13);
    case 'SSN_LAST4':
      return seeded.digits(label, 4);
    case 'STATE_ID':
      return `ID${seeded.digits(label, 9)}`;
    case 'DRIVER_LICENSE':
      return `${LICENCE_PREFIX[p.country]}${seeded.digits(label, 9)}`;
  }
}

/** The body of POST /api/me/identity-documents for one of this person's documents. */
export function documentBody(seeded: Seeded, p: Person, spec: DocumentSpec, now = new Date()) {
  const holderName = spec.holderName ?? `${p.firstName} ${p.lastName}`;
  // Every card but the SSN's prints the holder's address, which identity matches against the residence.
  const printsAddress = spec.type !== 'SSN_LAST4';
  const expires = spec.type === 'DRIVER_LICENSE' || spec.type === 'STATE_ID';
  return {
    documentType: spec.type,
    documentNumber: documentNumber(seeded, p, spec),
    issuingAuthority: spec.issuingAuthority,
    countryCode: p.country,
    holderName,
    ...(expires ? { expiryDate: `${now.getUTCFullYear() + seeded.int(`expiry:${p.handle}:${spec.type}`, 2, 5)}-06-30` } : {}),
    ...(printsAddress ? { holderAddress: { ...p.address, countryCode: p.country } } : {}),
  };
}

/** The body of POST /api/{driver,restaurant}/bank-account for this person's payout method. */
export function payoutMethodBody(seeded: Seeded, p: Person) {
  const m = p.payoutMethod;
  if (!m) throw new Error(`${p.handle} has no payout method in the demo`);
  const label = `account:${p.handle}`;
  const accountName = m.accountName ?? `${p.firstName} ${p.lastName}`;
  if (m.type === 'MOBILE_MONEY') return { type: m.type, provider: m.provider, accountNumber: `01${seeded.digits(label, 9)}`, accountName };
  // NUBAN is 10 digits; US and Bangladeshi accounts are longer.
  const length = p.country === 'NG' ? 10 : p.country === 'US' ? 12 : 13;
  return { type: m.type, bankName: m.bankName, bankCode: m.bankCode, accountNumber: seeded.digits(label, length), accountName };
}
