import { Button, Paper, PasswordInput, SegmentedControl, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { AnchorLink } from '../components/AnchorLink.tsx';
import { api } from '../api/client.ts';
import { announceSessionChange } from '../api/session-broadcast.ts';
import { ReasonsAlert } from '../components/ProblemAlert.tsx';
import { SubmitForm } from '../components/SubmitForm.tsx';
import { useFieldProblems } from '../components/use-field-problems.ts';

type Role = 'RIDER' | 'DRIVER' | 'RESTAURANT';
const COUNTRIES = [
  { value: 'NG', label: 'Nigeria (NGN)' },
  { value: 'US', label: 'United States (USD)' },
  { value: 'BD', label: 'Bangladesh (BDT)' },
];

/** The fields a refusal can name, in the order they are on the page. */
const FIELDS = ['email', 'password'] as const;

export function RegisterPage() {
  const [form, setForm] = useState({ email: '', password: '', role: 'RIDER' as Role, countryCode: 'NG' });
  const navigate = useNavigate();
  // The server's refusals go on the fields they are about, in plain words, with the focus on the first.
  const problems = useFieldProblems(FIELDS);
  const input = problems.bind(form, setForm);
  const register = useMutation({
    mutationFn: async () => {
      const { error } = await api.POST('/api/auth/register', { body: form });
      if (error) throw error;
      const session = await api.POST('/api/auth/session', { body: { email: form.email, password: form.password } });
      if (session.error) throw session.error;
      announceSessionChange('signed-in');
    },
    onMutate: problems.clear,
    onError: problems.refused,
    onSuccess: () => navigate({ to: '/onboarding' }),
  });
  return (
    <Paper withBorder p="lg" maw={460} mx="auto" mt="xl">
      <SubmitForm onSubmit={() => register.mutate()}>
        <Stack>
          <Title order={2}>Create an account</Title>
          {problems.other.length > 0 && <ReasonsAlert title="Could not create the account" reasons={problems.other} />}
          <div>
            <Text size="sm" fw={500} id="role-label" mb={4}>
              I am a
            </Text>
            <SegmentedControl
              fullWidth
              aria-labelledby="role-label"
              value={form.role}
              onChange={(role) => setForm({ ...form, role: role as Role })}
              data={[
                { value: 'RIDER', label: 'Rider' },
                { value: 'DRIVER', label: 'Driver' },
                { value: 'RESTAURANT', label: 'Restaurant' },
              ]}
            />
          </div>
          <Select label="Country" data={COUNTRIES} value={form.countryCode} onChange={(c) => c && setForm({ ...form, countryCode: c })} allowDeselect={false} />
          <TextInput label="Email" type="email" autoComplete="email" required {...input('email')} />
          <PasswordInput label="Password" description="At least 10 characters" autoComplete="new-password" required {...input('password')} />
          <Button ref={problems.fallback} type="submit" loading={register.isPending}>
            Create account
          </Button>
          <Text size="sm">
            Have an account? <AnchorLink to="/sign-in">Sign in</AnchorLink>
          </Text>
        </Stack>
      </SubmitForm>
    </Paper>
  );
}
