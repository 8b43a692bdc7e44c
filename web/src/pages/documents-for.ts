/** The identity documents the platform takes, each with the country that issues it (null: any country). */
const DOCUMENTS = [
  { value: 'NIN', label: 'NIN (National Identification Number)', country: 'NG' },
  { value: 'NID', label: 'National ID card (NID)', country: 'BD' },
  { value: 'SSN_LAST4', label: 'SSN, last four digits', country: 'US' },
  { value: 'STATE_ID', label: 'State ID', country: 'US' },
  { value: 'NATIONAL_ID', label: 'National ID card', country: null },
  { value: 'DRIVER_LICENSE', label: 'Driver’s licence', country: null },
  { value: 'PASSPORT', label: 'Passport', country: null },
] as const;

export type DocumentType = (typeof DOCUMENTS)[number]['value'];

const NATIONAL = new Set(DOCUMENTS.flatMap((d) => (d.country ? [d.country as string] : [])));

/**
 * What someone in this country can submit: their country's own documents first, then the ones any
 * country issues. The generic national ID card is for countries whose card has no type of its own.
 */
export function documentsFor(countryCode: string): Array<{ value: DocumentType; label: string }> {
  return DOCUMENTS.filter((d) => (d.country ? d.country === countryCode : d.value !== 'NATIONAL_ID' || !NATIONAL.has(countryCode))).map(({ value, label }) => ({
    value,
    label,
  }));
}

/** A document type in words, as the form names it. */
export const documentName = (type: string) => DOCUMENTS.find((d) => d.value === type)?.label ?? type.replace(/_/g, ' ').toLowerCase();
