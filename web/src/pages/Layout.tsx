import { AppShell, Button, Container, Group, Text, Title, type GroupProps } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Outlet } from '@tanstack/react-router';
import { useSignOut } from '../api/use-sign-out.ts';
import { meQuery } from '../api/queries.ts';
import { AnchorLink } from '../components/AnchorLink.tsx';

const home = (role: string) => (role === 'DRIVER' ? '/driver' : role === 'RESTAURANT' ? '/restaurant' : '/wallet');

/** An earner's or rider's sections. */
function MainNav({ role, ...box }: { role: string } & GroupProps) {
  return (
    <Group gap="md" component="nav" aria-label="Main" {...box}>
      <AnchorLink to={home(role)} size="sm">
        Wallet
      </AnchorLink>
      <AnchorLink to="/onboarding" size="sm">
        Verification
      </AnchorLink>
      <AnchorLink to="/notifications" size="sm">
        Notifications
      </AnchorLink>
    </Group>
  );
}

export function Layout() {
  const me = useQuery(meQuery);
  const signOut = useSignOut();
  return (
    <AppShell header={{ height: 56 }} padding="md">
      <AppShell.Header>
        <Container size="lg" h="100%">
          <Group h="100%" justify="space-between" wrap="nowrap">
            <Title order={1} size="h3" style={{ whiteSpace: 'nowrap' }}>
              Ziba wallet
            </Title>
            {me.data && (
              <Group gap="sm" wrap="nowrap">
                {me.data.role !== 'ADMIN' && <MainNav role={me.data.role} visibleFrom="sm" />}
                <Text size="sm" visibleFrom="md">
                  {me.data.email}
                </Text>
                <Button variant="default" size="xs" onClick={() => void signOut()}>
                  Sign out
                </Button>
              </Group>
            )}
          </Group>
        </Container>
      </AppShell.Header>
      <AppShell.Main>
        <Container size="lg" component="main">
          {/* On a phone the sections sit under the header, not squeezed into it. */}
          {me.data && me.data.role !== 'ADMIN' && <MainNav role={me.data.role} hiddenFrom="sm" mb="md" />}
          <Outlet />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
