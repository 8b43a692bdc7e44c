import { expect, it } from 'vitest';
import { documentName, documentsFor } from './documents-for.ts';

const values = (countryCode: string) => documentsFor(countryCode).map((d) => d.value);

it('offers each country its own documents first, and never another country’s', () => {
  expect(values('NG')).toEqual(['NIN', 'DRIVER_LICENSE', 'PASSPORT']);
  expect(values('BD')).toEqual(['NID', 'DRIVER_LICENSE', 'PASSPORT']);
  expect(values('US')).toEqual(['SSN_LAST4', 'STATE_ID', 'DRIVER_LICENSE', 'PASSPORT']);
  expect(values('GH')).toEqual(['NATIONAL_ID', 'DRIVER_LICENSE', 'PASSPORT']);
});

it('names a document type in words', () => {
  expect(documentName('DRIVER_LICENSE')).toBe('Driver’s licence');
  expect(documentName('SOMETHING_NEW')).toBe('something new');
});
