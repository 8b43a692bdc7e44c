import { Alert, Badge, Button, Group, List, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { START } from '../access.ts';
import { api } from '../api/client.ts';
import { meQuery, verificationQuery } from '../api/queries.ts';
import { IdentityProfileForm } from '../components/IdentityProfileForm.tsx';
import { ProblemAlert } from '../components/ProblemAlert.tsx';
import { QueryState } from '../components/QueryState.tsx';
import { SubmitForm } from '../components/SubmitForm.tsx';
import { documentName, documentsFor, type DocumentType } from './documents-for.ts';
import { stillNeeded } from './still-needed.ts';

/** Identity profile and documents, with every missing or failed item named by the server. */
export function OnboardingPage() {
  const me = useQuery(meQuery);
  const verification = useQuery(verificationQuery);
  const home = me.data ? START[me.data.role] : '/';
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Verify your identity</Title>
        <Button component={Link} to={home} variant="default">
          Go to my wallet
        </Button>
      </Group>
      <QueryState query={verification}>
        {(v) => (
          <Stack>
            <Group>
              <Text>Status:</Text>
              <Badge color={v.status === 'VERIFIED' ? 'teal' : v.status === 'REJECTED' ? 'red' : 'yellow'}>{v.status.replace('_', ' ')}</Badge>
            </Group>
            <StillNeeded items={stillNeeded(v)} />
            {v.documents.length > 0 && (
              <List size="sm">
                {v.documents.map((d) => (
                  <List.Item key={d.id}>
                    {documentName(d.documentType)}: {d.status.toLowerCase().replace(/_/g, ' ')}
                    {d.rejectionReason ? ` (${d.rejectionReason})` : ''}
                  </List.Item>
                ))}
              </List>
            )}
          </Stack>
        )}
      </QueryState>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {/* Mounted once the saved profile is known, so the form starts from it. */}
        {verification.isSuccess ? (
          <IdentityProfileForm countryCode={me.data?.countryCode ?? 'NG'} saved={verification.data.profile} />
        ) : (
          <Paper withBorder p="md" />
        )}
        {me.isSuccess ? <DocumentForm countryCode={me.data.countryCode} /> : <Paper withBorder p="md" />}
      </SimpleGrid>
    </Stack>
  );
}

function DocumentForm({ countryCode }: { countryCode: string }) {
  const documents = documentsFor(countryCode);
  const [f, setF] = useState({
    documentType: documents[0]!.value as DocumentType,
    documentNumber: '',
    issuingAuthority: '',
    expiryDate: '',
    holderName: '',
    line1: '',
    city: '',
    state: '',
  });
  const queryClient = useQueryClient();
  const submitDoc = useMutation({
    mutationFn: async () => {
      const { expiryDate, line1, city, state, ...rest } = f;
      // The address printed on the document is matched against the profile's residence.
      const holderAddress = line1 && city ? { holderAddress: { line1, city, ...(state ? { state } : {}), countryCode } } : {};
      const { error } = await api.POST('/api/me/identity-documents', {
        body: { ...rest, countryCode, ...holderAddress, ...(expiryDate ? { expiryDate } : {}) },
      });
      if (error) throw error;
    },
    // The number is sent once and never kept on the page.
    onSuccess: async () => {
      setF({ ...f, documentNumber: '' });
      await queryClient.invalidateQueries({ queryKey: ['verification'] });
    },
  });
  const set = (k: keyof typeof f) => (e: { currentTarget: { value: string } }) => setF({ ...f, [k]: e.currentTarget.value });
  return (
    <Paper withBorder p="md">
      <SubmitForm onSubmit={() => submitDoc.mutate()}>
        <Stack gap="xs">
          <Title order={3} size="h4">
            Add a document
          </Title>
          {submitDoc.isError && <ProblemAlert title="The document was not accepted" error={submitDoc.error} />}
          {submitDoc.isSuccess && (
            <Text c="teal.9" role="status">
              Document submitted.
            </Text>
          )}
          <NativeSelect
            label="Document"
            data={documents}
            value={f.documentType}
            onChange={(e) => setF({ ...f, documentType: e.currentTarget.value as DocumentType })}
          />
          <TextInput label="Document number" required autoComplete="off" value={f.documentNumber} onChange={set('documentNumber')} />
          <TextInput label="Issued by" required value={f.issuingAuthority} onChange={set('issuingAuthority')} />
          <TextInput label="Expiry date" type="date" value={f.expiryDate} onChange={set('expiryDate')} />
          <TextInput label="Name on the document" required value={f.holderName} onChange={set('holderName')} />
          <TextInput label="Address on the document" value={f.line1} onChange={set('line1')} />
          <Group grow>
            <TextInput label="City on the document" value={f.city} onChange={set('city')} />
            <TextInput label="State on the document" value={f.state} onChange={set('state')} />
          </Group>
          <Button type="submit" loading={submitDoc.isPending}>
            Submit document
          </Button>
        </Stack>
      </SubmitForm>
    </Paper>
  );
}

function StillNeeded({ items }: { items: string[] }) {
  if (!items.length) return null;
  return (
    <Alert color="blue" title="Still needed">
      <List size="sm">
        {items.map((m) => (
          <List.Item key={m}>{m}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
