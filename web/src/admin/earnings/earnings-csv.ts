import type { Schemas } from '@ziba/api-client';
import { toDecimalString } from '../../money/format-money.ts';

/**
 * The rows shown, as CSV: exact decimal strings, one line per period, service and country. Each line
 * says its mode, so test money in a file can never pass for a live figure.
 */
export function earningsCsv(rows: Schemas['EarningsRow'][], mode: 'live' | 'test'): string {
  const header = 'period_start,service,country,currency,commission,gross,trips,mode';
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
    ].join(',');
  });
  return `${[header, ...lines].join('\n')}\n`;
}

/** The file's name says what it holds: the mode and the days. */
export const earningsFileName = (s: { mode?: 'live' | 'test'; from: string; to: string }) => `earnings-${s.mode ?? 'live'}-${s.from}-to-${s.to}.csv`;
