import type { ProviderResult } from '../domain/document-assessment.ts';
import type { DocumentType } from '../domain/documents.ts';

export type { ProviderResult };

/** An automated identity verification provider (SPEC section 3), behind an adapter. */
export interface VerificationProvider {
  verify(request: {
    documentType: DocumentType;
    countryCode: string;
    normalisedNumber: string;
    holderName: string;
    dateOfBirth: string;
  }): Promise<ProviderResult>;
}

/**
 * Deterministic stand-in for development and tests: a number ending in 99 is not matched, one
 * ending in 98 finds the provider unavailable, any other is matched.
 */
export class SimulatedVerificationProvider implements VerificationProvider {
  async verify(request: { normalisedNumber: string }): Promise<ProviderResult> {
    if (request.normalisedNumber.endsWith('99')) return 'NO_MATCH';
    if (request.normalisedNumber.endsWith('98')) return 'UNAVAILABLE';
    return 'MATCH';
  }
}
