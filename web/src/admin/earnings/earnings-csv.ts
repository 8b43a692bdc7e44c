import type { Schemas } from '@ziba/api-client';
import { toDecimalString } from '../../money/format-money.ts';

/** The rows shown, as CSV: exact decimal strings, one line per period, service and country. */
export function earningsCsv(rows: Schemas['EarningsRow'][]): string {
  const header = 'period_start,service,country,currency,commission,gross,trips';
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
    ].join(',');
  });
  return `${[header, ...lines].join('\n')}\n`;
}
