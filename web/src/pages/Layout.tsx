import { AppShell, Button, Container, Group, Text, Title, type GroupProps } from '@mantine/core';
import { MAIN_CONTENT_ID, SkipLink } from '../components/SkipLink.tsx';
import { useQuery } from '@tanstack/react-query';
import { Outlet, useRouterState } from '@tanstack/react-router';
import { isPublicPath, START, type Role } from '../access.ts';
import { useSignOut } from '../api/use-sign-out.ts';
import { meQuery } from '../api/queries.ts';
import { AnchorLink } from '../components/AnchorLink.tsx';

/** A link as tall as a fingertip (44px), not just its line of text. */
const TAP_TARGET = { display: 'inline-flex', alignItems: 'center', minHeight: 44 } as const;

/** An earner's or rider's sections. */
function MainNav({ role, ...box }: { role: Role } & GroupProps) {
  return (
    <Group gap="md" component="nav" aria-label="Main" {...box}>
      <AnchorLink to={START[role]} size="sm" style={TAP_TARGET}>
        Wallet
      </AnchorLink>
      {/* A restaurant's trips are the orders placed with it. */}
      <AnchorLink to={role === 'RESTAURANT' ? '/orders' : '/trips'} size="sm" style={TAP_TARGET}>
        {role === 'RESTAURANT' ? 'Orders' : 'Trips'}
      </AnchorLink>
      {role === 'RESTAURANT' && (
        <AnchorLink to="/menu" size="sm" style={TAP_TARGET}>
          Menu
        </AnchorLink>
      )}
      <AnchorLink to="/onboarding" size="sm" style={TAP_TARGET}>
        Verification
      </AnchorLink>
      <AnchorLink to="/notifications" size="sm" style={TAP_TARGET}>
        Notifications
      </AnchorLink>
    </Group>
  );
}

export function Layout() {
  const me = useQuery(meQuery);
  const signOut = useSignOut();
  // Sign-in and register show no account: not even the one whose session just ended (a cleared cache does not re-render this by itself).
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const user = isPublicPath(pathname) ? undefined : me.data;
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
                {user.role !== 'ADMIN' && <MainNav role={user.role} visibleFrom="sm" wrap="nowrap" />}
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
          {/* Spread across, close together: a restaurant's five sections fit one line of a 390px phone, and wrap on a narrower one or with larger text. */}
          {user && user.role !== 'ADMIN' && <MainNav role={user.role} hiddenFrom="sm" mb="md" gap={6} justify="space-between" />}
          <Outlet />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
