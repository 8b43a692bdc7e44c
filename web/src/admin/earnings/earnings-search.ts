import type { Schemas } from '@ziba/api-client';

export type GroupBy = 'day' | 'week' | 'month';
export type Service = Schemas['EarningsRow']['serviceType'];
export const SERVICES: Service[] = ['RIDE', 'PARCEL', 'FOOD'];
/** Each service in words, for the filter, the table and the chart's legend (the CSV keeps the API's codes). */
export const SERVICE_WORDS: Record<Service, string> = { RIDE: 'Ride', PARCEL: 'Parcel', FOOD: 'Food' };
export const SERVICE_CHOICES = SERVICES.map((value) => ({ value, label: SERVICE_WORDS[value] }));
/** One colour per service (Mantine's palette, shade 6), so RIDE is the same bar in every currency's chart. */
export const SERVICE_COLORS: Record<Service, string> = { RIDE: '#228be6', PARCEL: '#fd7e14', FOOD: '#12b886' };
export interface EarningsSearch {
  from: string;
  to: string;
  groupBy: GroupBy;
  serviceType?: Service;
  countryCode?: string;
  /** Live money unless the URL asks for test mode: the two never add up in one figure. */
  mode?: 'test';
}

const DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** The report's range and grouping from the URL: the last 30 days by day unless it says otherwise. */
export function parseEarningsSearch(s: Record<string, unknown>): EarningsSearch {
  const today = new Date();
  return {
    from: typeof s.from === 'string' && DATE.test(s.from) ? s.from : isoDay(new Date(today.getTime() - 29 * 86_400_000)),
    to: typeof s.to === 'string' && DATE.test(s.to) ? s.to : isoDay(today),
    groupBy: s.groupBy === 'week' || s.groupBy === 'month' ? s.groupBy : 'day',
    serviceType: SERVICES.includes(s.serviceType as Service) ? (s.serviceType as Service) : undefined,
    countryCode: typeof s.countryCode === 'string' && /^[A-Z]{2}$/.test(s.countryCode) ? s.countryCode : undefined,
    mode: s.mode === 'test' ? 'test' : undefined,
  };
}
