import { AppShell, Button, Container, Group, NavLink, Text, Title, type GroupProps } from '@mantine/core';
import { MAIN_CONTENT_ID, SkipLink } from '../components/SkipLink.tsx';
import { useQuery } from '@tanstack/react-query';
import { Link, Outlet, useRouterState, type LinkProps } from '@tanstack/react-router';
import { isPublicPath, START, type Role } from '../access.ts';
import { useSignOut } from '../api/use-sign-out.ts';
import { meQuery } from '../api/queries.ts';
import { pageTitle } from '../page-title.ts';
import { useEffect } from 'react';

/** One of the sections: a link as tall as a fingertip (44px), not just its line of text, tinted while its page is open. */
function SectionLink({ to, label, px }: { to: LinkProps['to']; label: string; px: number }) {
  // The router marks the open section's link aria-current="page" (a trip's page is in Trips), and
  // NavLink tints that link as the admin console's sections are, its text dark enough to read (theme.ts).
  return <NavLink component={Link} to={to} label={label} w="auto" miw={0} mih={44} py={0} px={px} noWrap style={{ borderRadius: 6 }} />;
}

/** An earner's or rider's sections; `px`, each link's side padding. */
function MainNav({ role, px = 12, ...box }: { role: Role; px?: number } & GroupProps) {
  return (
    <Group gap="md" component="nav" aria-label="Main" {...box}>
      <SectionLink to={START[role]} label="Wallet" px={px} />
      {/* A restaurant's trips are the orders placed with it. */}
      <SectionLink to={role === 'RESTAURANT' ? '/orders' : '/trips'} label={role === 'RESTAURANT' ? 'Orders' : 'Trips'} px={px} />
      {role === 'RESTAURANT' && <SectionLink to="/menu" label="Menu" px={px} />}
      <SectionLink to="/onboarding" label="Verification" px={px} />
      <SectionLink to="/notifications" label="Notifications" px={px} />
    </Group>
  );
}

export function Layout() {
  const me = useQuery(meQuery);
  const signOut = useSignOut();
  // Sign-in and register show no account: not even the one whose session just ended (a cleared cache does not re-render this by itself).
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const user = isPublicPath(pathname) ? undefined : me.data;
  // The admin console titles its own sections (its effect runs first, so this one leaves them be).
  useEffect(() => {
    if (!pathname.startsWith('/admin')) document.title = pageTitle(pathname);
  }, [pathname]);
  return (
    <AppShell header={{ height: 56 }} padding="md">
      <SkipLink />
      <AppShell.Header>
        <Container size="lg" h="100%">
          <Group h="100%" justify="space-between" wrap="nowrap">
            <Title order={1} size="h3" style={{ whiteSpace: 'nowrap' }}>
              Ziba wallet
            </Title>
            {user && (
              <Group gap="sm" wrap="nowrap">
                {user.role !== 'ADMIN' && <MainNav role={user.role} visibleFrom="sm" wrap="nowrap" gap={4} />}
                {/* A long address gives way to the sections rather than pushing them out of the header; it is whole on hover. */}
                <Text size="sm" visibleFrom="lg" truncate="end" maw={320} title={user.email}>
                  {user.email}
                </Text>
                <Button variant="default" size="xs" onClick={() => void signOut()}>
                  Sign out
                </Button>
              </Group>
            )}
          </Group>
        </Container>
      </AppShell.Header>
      <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1}>
        {/* AppShell.Main is the page's one <main>. */}
        <Container size="lg">
          {/* On a phone the sections sit under the header, not squeezed into it. */}
          {/* Spread across, close together: a restaurant's five sections fit one line of a 390px phone (their tints narrow, reaching into the page's margin), and wrap on a narrower one or with larger text. */}
          {user && user.role !== 'ADMIN' && <MainNav role={user.role} hiddenFrom="sm" mb="md" mx={-8} gap={0} px={4} justify="space-between" />}
          <Outlet />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
