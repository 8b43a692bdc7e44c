import { NavLink, Stack, Group, ScrollArea } from '@mantine/core';
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

/** The admin console's frame: its sections across the top (they wrap on a phone), the page below. */
export function AdminLayout() {
  useIdleSignOut();
  const path = useRouterState({ select: (s) => s.location.pathname });
  return (
    <Stack>
      <ScrollArea type="never">
        <Group gap={4} wrap="nowrap" component="nav" aria-label="Admin sections">
          {SECTIONS.map((s) => (
            <NavLink key={s.to} component={Link} to={s.to} label={s.label} active={path.startsWith(s.to)} w="auto" style={{ borderRadius: 6 }} />
          ))}
        </Group>
      </ScrollArea>
      <Outlet />
    </Stack>
  );
}
