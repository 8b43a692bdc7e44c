import type { Schemas } from '@ziba/api-client';
import { toDecimalString } from '../../money/format-money.ts';

/**
 * The rows shown, as CSV: exact decimal strings, one line per period, service and country. Each line
 * says its mode, so test money in a file can never pass for a live figure. The refunds and what was
 * kept came later, so they are the last columns: a reader of the columns by position still finds the
 * others where they were.
 */
export function earningsCsv(rows: Schemas['EarningsRow'][], mode: 'live' | 'test'): string {
  const header = 'period_start,service,country,currency,commission,gross,trips,mode,refunds,net_commission';
  const lines = rows.map((r) => {
    const currency = r.commission?.currency ?? r.gross?.currency ?? '';
    return [
      r.periodStart,
      r.serviceType,
      r.countryCode,
      currency,
      toDecimalString(r.commission?.amount ?? '0', currency),
      toDecimalString(r.gross?.amount ?? '0', currency),
      String(r.trips),
      mode,
      toDecimalString(r.refunds?.amount ?? '0', currency),
      toDecimalString(r.netCommission?.amount ?? r.commission?.amount ?? '0', currency),
    ].join(',');
  });
  return `${[header, ...lines].join('\n')}\n`;
}

/** The file's name says what it holds: the mode and the days. */
export const earningsFileName = (s: { mode?: 'live' | 'test'; from: string; to: string }) => `earnings-${s.mode ?? 'live'}-${s.from}-to-${s.to}.csv`;
