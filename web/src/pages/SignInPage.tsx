import { Alert, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { returnPath } from '../access.ts';
import { ADMIN_IDLE_MINUTES } from '../config.ts';
import { AnchorLink } from '../components/AnchorLink.tsx';
import { api } from '../api/client.ts';
import { announceSessionChange } from '../api/session-broadcast.ts';
import { ProblemAlert } from '../components/ProblemAlert.tsx';
import { SubmitForm } from '../components/SubmitForm.tsx';

/** `next`: the page a signed-out visitor was sent here from, opened again once they sign in. */
export const parseSignInSearch = (s: Record<string, unknown>): { signedOut?: 'idle'; next?: string } => ({
  signedOut: s.signedOut === 'idle' ? 'idle' : undefined,
  next: returnPath(s.next),
});

export function SignInPage() {
  const { signedOut, next } = useSearch({ from: '/sign-in' });
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const signIn = useMutation({
    mutationFn: async () => {
      const { data, error } = await api.POST('/api/auth/session', { body: { email, password } });
      if (error) throw error;
      return data;
    },
    onSuccess: async () => {
      announceSessionChange('signed-in');
      await queryClient.invalidateQueries();
      // Back to the page they were sent here from (href wins over to), else to their start page.
      await navigate({ to: '/', href: next });
    },
  });
  // The last refusal was about what was typed then: new input clears it.
  const edit = (set: (value: string) => void, value: string) => {
    set(value);
    if (signIn.isError) signIn.reset();
  };
  return (
    <Paper withBorder p="lg" maw={420} mx="auto" mt="xl">
      <SubmitForm onSubmit={() => signIn.mutate()}>
        <Stack>
          <Title order={2}>Sign in</Title>
          {signedOut === 'idle' && (
            <Alert color="blue" title="Signed out">
              You were signed out after {ADMIN_IDLE_MINUTES} minutes without activity.
            </Alert>
          )}
          {signIn.isError && <ProblemAlert title="Could not sign in" error={signIn.error} />}
          <TextInput label="Email" type="email" autoComplete="email" required value={email} onChange={(e) => edit(setEmail, e.currentTarget.value)} />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => edit(setPassword, e.currentTarget.value)}
          />
          <Button type="submit" loading={signIn.isPending}>
            Sign in
          </Button>
          <Text size="sm">
            New here? <AnchorLink to="/register">Create an account</AnchorLink>
          </Text>
        </Stack>
      </SubmitForm>
    </Paper>
  );
}
