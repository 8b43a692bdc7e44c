import { expect, it } from 'vitest';
import { earningsCsv, earningsFileName } from './earnings-csv.ts';

it('writes exact decimal amounts and says on every line and in its name whether the money is test money', () => {
  const rows = [
    {
      periodStart: '2026-11-30',
      serviceType: 'RIDE',
      countryCode: 'NG',
      commission: { amount: '34900', currency: 'NGN' },
      gross: { amount: '174500', currency: 'NGN' },
      trips: 1,
      refunds: { amount: '5000', currency: 'NGN' },
      netCommission: { amount: '29900', currency: 'NGN' },
    },
  ] as Parameters<typeof earningsCsv>[0];
  expect(earningsCsv(rows, 'test')).toBe(
    'period_start,service,country,currency,commission,gross,trips,mode,refunds,net_commission\n2026-11-30,RIDE,NG,NGN,349.00,1745.00,1,test,50.00,299.00\n',
  );
  expect(earningsCsv(rows, 'live').split('\n')[1]).toMatch(/,live,/);
  expect(earningsFileName({ mode: 'test', from: '2026-11-01', to: '2026-11-30' })).toBe('earnings-test-2026-11-01-to-2026-11-30.csv');
  expect(earningsFileName({ from: '2026-11-01', to: '2026-11-30' })).toBe('earnings-live-2026-11-01-to-2026-11-30.csv');
});
