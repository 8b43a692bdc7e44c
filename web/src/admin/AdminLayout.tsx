import { NavLink, Stack, Group } from '@mantine/core';
import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { useIdleSignOut } from './use-idle-sign-out.ts';

const SECTIONS = [
  { to: '/admin/payouts', label: 'Payouts' },
  { to: '/admin/payout-methods', label: 'Payout accounts' },
  { to: '/admin/wallets', label: 'Wallets' },
  { to: '/admin/earnings', label: 'Earnings' },
  { to: '/admin/kyc', label: 'KYC review' },
  { to: '/admin/users', label: 'Users' },
  { to: '/admin/pricing', label: 'Pricing' },
  { to: '/admin/weekly-runs', label: 'Weekly runs' },
  { to: '/admin/audit', label: 'Audit' },
] as const;

/** The admin console's frame: its sections across the top (wrapping onto more lines on a phone, every one in sight), the page below. */
export function AdminLayout() {
  useIdleSignOut();
  const path = useRouterState({ select: (s) => s.location.pathname });
  return (
    <Stack>
      <Group gap={4} wrap="wrap" component="nav" aria-label="Admin sections">
        {SECTIONS.map((s) => (
          <NavLink
            key={s.to}
            component={Link}
            to={s.to}
            label={s.label}
            active={path.startsWith(s.to)}
            w="auto"
            py={6}
            style={{ borderRadius: 6, whiteSpace: 'nowrap' }}
          />
        ))}
      </Group>
      <Outlet />
    </Stack>
  );
}
