import { describe, expect, it } from 'vitest';
import { parseSettlementSearch } from './settlement-search.ts';

describe('parseSettlementSearch', () => {
  it('keeps a market and test mode, and drops what the API would refuse', () => {
    expect(parseSettlementSearch({ countryCode: 'NG', mode: 'test' })).toEqual({ countryCode: 'NG', mode: 'test' });
    expect(parseSettlementSearch({ countryCode: 'ng', mode: 'live', limit: '5' })).toEqual({ countryCode: undefined, mode: undefined });
    expect(parseSettlementSearch({ countryCode: 'FR' })).toEqual({ countryCode: undefined, mode: undefined });
  });
});
