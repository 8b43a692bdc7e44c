import { Alert, Badge, Button, Group, List, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { START } from '../access.ts';
import { api } from '../api/client.ts';
import { meQuery, verificationQuery } from '../api/queries.ts';
import { IdentityProfileForm } from '../components/IdentityProfileForm.tsx';
import { ReasonsAlert } from '../components/ProblemAlert.tsx';
import { QueryState } from '../components/QueryState.tsx';
import { SubmitForm } from '../components/SubmitForm.tsx';
import { useFieldProblems } from '../components/use-field-problems.ts';
import { kycStatusWord } from './verification-status.ts';
import { documentName, documentsFor, type DocumentType } from './documents-for.ts';
import { stillNeeded } from './still-needed.ts';

/** Identity profile and documents, with every missing or failed item named by the server. */
export function OnboardingPage() {
  const me = useQuery(meQuery);
  const verification = useQuery(verificationQuery);
  const home = me.data ? START[me.data.role] : '/';
  const verified = verification.data?.status === 'VERIFIED';
  // A rider needs only the profile: documents are asked for withdrawals, which riders cannot make (SPEC 12.4).
  const riderDone = me.data?.role === 'RIDER' && Boolean(verification.data?.profile) && !verified;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{verified ? 'Your verification' : 'Verify your identity'}</Title>
        <Button component={Link} to={home} variant="default">
          Go to my wallet
        </Button>
      </Group>
      <QueryState query={verification}>
        {(v) => (
          <Stack>
            <Group>
              <Text>Status:</Text>
              {riderDone ? (
                <Badge color="teal">Profile saved</Badge>
              ) : (
                <Badge color={v.status === 'VERIFIED' ? 'teal' : v.status === 'REJECTED' ? 'red' : 'yellow'}>{kycStatusWord(v.status)}</Badge>
              )}
            </Group>
            {riderDone && (
              <Text size="sm">
                That is all a rider needs: you can add funds, ride and order. Documents are only asked for to withdraw, which riders cannot do; you may add one
                below, but nothing waits for it.
              </Text>
            )}
            {verified && (
              <Text size="sm" c="dimmed">
                Nothing more is needed. A change to your profile is checked against your documents again
                {me.data?.role === 'RIDER'
                  ? '.'
                  : `, and may need a review before you can withdraw${me.data?.role === 'DRIVER' ? ' or take trips' : ''} again.`}
              </Text>
            )}
            {!riderDone && <StillNeeded items={stillNeeded(v)} />}
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
        {me.isSuccess ? <DocumentForm countryCode={me.data.countryCode} hasProfile={Boolean(verification.data?.profile)} /> : <Paper withBorder p="md" />}
      </SimpleGrid>
    </Stack>
  );
}

/** The document form's fields, in the order they are on the page (a refusal's focus goes to the first it names). */
const DOCUMENT_FIELDS = ['documentType', 'documentNumber', 'issuingAuthority', 'expiryDate', 'holderName', 'line1', 'city', 'state'] as const;
type DocumentField = (typeof DOCUMENT_FIELDS)[number];
/** The request names the address on the document as one object. */
const DOCUMENT_ALIASES: Record<string, DocumentField> = { 'holderAddress.line1': 'line1', 'holderAddress.city': 'city', 'holderAddress.state': 'state' };

function DocumentForm({ countryCode, hasProfile }: { countryCode: string; hasProfile: boolean }) {
  const documents = documentsFor(countryCode);
  const [f, setF] = useState<Record<DocumentField, string>>({
    documentType: documents[0]!.value,
    documentNumber: '',
    issuingAuthority: '',
    expiryDate: '',
    holderName: '',
    line1: '',
    city: '',
    state: '',
  });
  const problems = useFieldProblems(DOCUMENT_FIELDS, DOCUMENT_ALIASES);
  const queryClient = useQueryClient();
  const submitDoc = useMutation({
    mutationFn: async () => {
      const { expiryDate, line1, city, state, documentType, ...rest } = f;
      // The address printed on the document is matched against the profile's residence. Any part of
      // it typed sends it, so a missing line or city is refused by name, never dropped unsaid.
      const holderAddress = line1 || city || state ? { holderAddress: { line1, city, ...(state ? { state } : {}), countryCode } } : {};
      const { error } = await api.POST('/api/me/identity-documents', {
        body: { ...rest, documentType: documentType as DocumentType, countryCode, ...holderAddress, ...(expiryDate ? { expiryDate } : {}) },
      });
      if (error) throw error;
    },
    onMutate: problems.clear,
    onError: problems.refused,
    // The number is sent once and never kept on the page.
    onSuccess: () => setF({ ...f, documentNumber: '' }),
    // Read again either way: a refusal can still have recorded the document (one registered to
    // another account goes to review), and the page must not ask for it again.
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['verification'] }),
  });
  const input = problems.bind(f, setF);
  // The button was disabled while sending, which took the focus away: it goes to the news.
  const submitted = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (submitDoc.isSuccess) submitted.current?.focus();
  }, [submitDoc.isSuccess, submitDoc.submittedAt]);
  // A refusal for want of a profile is no longer true once the profile is saved: it goes then, not at the next submit.
  const hadProfile = useRef(hasProfile);
  useEffect(() => {
    if (hasProfile && !hadProfile.current) problems.clear();
    hadProfile.current = hasProfile;
  }, [hasProfile, problems]);
  // An address on the document is its line and its city: either asks for the other.
  const addressGiven = Boolean(f.line1 || f.city || f.state);
  return (
    <Paper withBorder p="md">
      <SubmitForm onSubmit={() => submitDoc.mutate()}>
        <Stack gap="xs">
          <Title order={3} size="h4">
            Add a document
          </Title>
          {problems.other.length > 0 && <ReasonsAlert title="The document was not accepted" reasons={problems.other} />}
          {submitDoc.isSuccess && (
            <Text ref={submitted} tabIndex={-1} c="teal.9" role="status">
              Document submitted.
            </Text>
          )}
          <NativeSelect label="Document" data={documents} {...input('documentType')} />
          <TextInput label="Document number" required autoComplete="off" {...input('documentNumber')} />
          <TextInput label="Issued by" required {...input('issuingAuthority')} />
          <TextInput label="Expiry date" type="date" {...input('expiryDate')} />
          <TextInput label="Name on the document" required {...input('holderName')} />
          <TextInput label="Address on the document" required={addressGiven} {...input('line1')} />
          <Group grow>
            <TextInput label="City on the document" required={addressGiven} {...input('city')} />
            <TextInput label="State on the document" {...input('state')} />
          </Group>
          <Button type="submit" loading={submitDoc.isPending} ref={problems.fallback}>
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
