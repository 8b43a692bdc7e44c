import { Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Schemas } from '@ziba/api-client';
import { useEffect, useRef, useState } from 'react';
import { api } from '../api/client.ts';
import { ReasonsAlert } from './ProblemAlert.tsx';
import { SubmitForm } from './SubmitForm.tsx';
import { useFieldProblems } from './use-field-problems.ts';

type SavedProfile = NonNullable<Schemas['Verification']['profile']>;

/** The profile's fields, in the order they are on the page (a refusal's focus goes to the first it names). */
const PROFILE_FIELDS = [
  'legalFirstName',
  'legalLastName',
  'dateOfBirth',
  'residenceAddressLine1',
  'residenceCity',
  'residenceState',
  'residencePostalCode',
] as const;
type Field = (typeof PROFILE_FIELDS)[number];
type ProfileFields = Record<Field, string>;

/** The form starts from the saved profile, so a correction is one field, and saving keeps what it does not show changed. */
const fieldsOf = (saved: SavedProfile | null): ProfileFields => Object.fromEntries(PROFILE_FIELDS.map((k) => [k, saved?.[k] ?? ''])) as ProfileFields;

/**
 * The identity profile: legal name, date of birth, residence. A refusal goes on the fields it names,
 * in plain words, with the focus on the first; a save puts the focus on the news that it was saved.
 */
export function IdentityProfileForm({ countryCode, saved }: { countryCode: string; saved: SavedProfile | null }) {
  const [f, setF] = useState(() => fieldsOf(saved));
  const problems = useFieldProblems(PROFILE_FIELDS);
  const savedNews = useRef<HTMLParagraphElement>(null);
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: async () => {
      const { error } = await api.PUT('/api/me/identity-profile', { body: { ...f, countryCode, residenceCountryCode: countryCode } });
      if (error) throw error;
    },
    onMutate: problems.clear,
    onError: problems.refused,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['verification'] }),
  });
  // The button's loading state dropped the focus to the page; the news of a save takes it.
  useEffect(() => {
    if (save.isSuccess) savedNews.current?.focus();
  }, [save.isSuccess, save.submittedAt]);
  const input = problems.bind(f, setF);
  return (
    <Paper withBorder p="md">
      <SubmitForm onSubmit={() => save.mutate()}>
        <Stack gap="xs">
          <Title order={3} size="h4">
            Identity profile
          </Title>
          {problems.other.length > 0 && <ReasonsAlert title="The profile was not saved" reasons={problems.other} />}
          {save.isSuccess && (
            <Text ref={savedNews} tabIndex={-1} c="teal.9" role="status">
              Profile saved.
            </Text>
          )}
          <TextInput label="Legal first name" required {...input('legalFirstName')} />
          <TextInput label="Legal last name" required {...input('legalLastName')} />
          <TextInput label="Date of birth" type="date" required {...input('dateOfBirth')} />
          <TextInput label="Address" required {...input('residenceAddressLine1')} />
          <TextInput label="City" required {...input('residenceCity')} />
          <TextInput label="State" {...input('residenceState')} />
          <TextInput label="Postal code" {...input('residencePostalCode')} />
          <Button ref={problems.fallback} type="submit" loading={save.isPending}>
            Save profile
          </Button>
        </Stack>
      </SubmitForm>
    </Paper>
  );
}
