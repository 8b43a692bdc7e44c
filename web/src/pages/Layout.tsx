import { AppShell, Button, Container, Group, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Outlet, useNavigate } from '@tanstack/react-router';
import { api } from '../api/client.ts';
import { meQuery } from '../api/queries.ts';
import { AnchorLink } from '../components/AnchorLink.tsx';

const home = (role: string) => (role === 'DRIVER' ? '/driver' : role === 'RESTAURANT' ? '/restaurant' : '/wallet');

export function Layout() {
  const me = useQuery(meQuery);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const signOut = async () => {
    await api.DELETE('/api/auth/session');
    queryClient.clear();
    await navigate({ to: '/sign-in' });
  };
  return (
    <AppShell header={{ height: 56 }} padding="md">
      <AppShell.Header>
        <Container size="lg" h="100%">
          <Group h="100%" justify="space-between" wrap="nowrap">
            <Title order={1} size="h3">Ziba wallet</Title>
            {me.data && (
              <Group gap="sm" wrap="nowrap">
                {me.data.role !== 'ADMIN' && (
                  <Group gap="xs" component="nav" aria-label="Main">
                    <AnchorLink to={home(me.data.role)} size="sm">Wallet</AnchorLink>
                    <AnchorLink to="/onboarding" size="sm">Verification</AnchorLink>
                    <AnchorLink to="/notifications" size="sm">Notifications</AnchorLink>
                  </Group>
                )}
                <Text size="sm" visibleFrom="md">{me.data.email}</Text>
                <Button variant="default" size="xs" onClick={() => void signOut()}>Sign out</Button>
              </Group>
            )}
          </Group>
        </Container>
      </AppShell.Header>
      <AppShell.Main>
        <Container size="lg" component="main">
          <Outlet />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
