import type { Schemas } from '@ziba/api-client';
import { Alert, Badge, Box, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useMediaQuery } from '@mantine/hooks';
import { Fragment, useEffect, useRef, useState, type CSSProperties } from 'react';
import { api } from '../../api/client.ts';
import { read } from '../../api/queries.ts';
import { usePagedList } from '../../api/use-paged-list.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { RowItem, RowList } from '../../components/RowList.tsx';
import { FilterFields } from '../FilterBar.tsx';
import { FilterSelect } from '../FilterSelect.tsx';
import { breakPoints, WRAP_LONG_WORDS } from '../EmailText.tsx';
import { documentName } from '../../pages/documents-for.ts';
import { kindWord } from '../person.ts';
import { ReasonDialog } from '../ReasonDialog.tsx';
import { useUrlFilters } from '../use-url-filters.ts';
import { kycStatusWord } from '../../pages/verification-status.ts';
import { approvesPastFlags, decisionOutcome, decisionSummary, flagLine } from './decision-words.ts';
import { KYC_STATUSES, kycEmpty, kycQuery } from './kyc-search.ts';

type KycItem = Schemas['KycQueueItem'];
type KycDocument = Schemas['IdentityDocument'];
type Decision = {
  kind: 'document' | 'profile';
  id: string;
  approve: boolean;
  what: string;
  summary: string;
  userId: string;
  /** An approval past open review flags: its note is required. */
  pastFlags: boolean;
};

/** Sends one decision to the endpoint of its kind; an approval's note is optional, a rejection's reason is not. */
function sendDecision(d: Decision, reason: string): Promise<{ data?: unknown; error?: unknown; response: Response }> {
  if (d.kind === 'document')
    return d.approve
      ? api.POST('/api/admin/kyc/documents/{documentId}/approve', { params: { path: { documentId: d.id } }, body: reason ? { reason } : {} })
      : api.POST('/api/admin/kyc/documents/{documentId}/reject', { params: { path: { documentId: d.id } }, body: { rejectionReason: reason } });
  return d.approve
    ? api.POST('/api/admin/kyc/profiles/{userId}/approve', { params: { path: { userId: d.id } }, body: reason ? { reason } : {} })
    : api.POST('/api/admin/kyc/profiles/{userId}/reject', { params: { path: { userId: d.id } }, body: { rejectionReason: reason } });
}

/** A decision as its confirmation says it: what it does, with the flags it decides (decision-words.ts). */
const decision = (item: KycItem, d: Omit<Decision, 'summary' | 'userId' | 'pastFlags'>, doc?: KycDocument): Decision => ({
  ...d,
  userId: item.userId,
  summary: decisionSummary(d, item, doc),
  pastFlags: approvesPastFlags(d, item, doc),
});

/**
 * What the admin vouches for when approving a profile, beside the flags: the legal name, the date of
 * birth and the residence address (an approval verifies the address by their review).
 */
function ProfileFacts({ profile }: { profile: NonNullable<Schemas['Verification']['profile']> }) {
  const address = [profile.residenceAddressLine1, profile.residenceCity, profile.residenceState, profile.residencePostalCode, profile.residenceCountryCode]
    .filter(Boolean)
    .join(', ');
  return (
    <Stack gap={0} mb={4}>
      <Text size="sm">
        Legal name: {profile.legalFirstName} {profile.legalLastName}
      </Text>
      <Text size="sm">Born: {profile.dateOfBirth}</Text>
      <Text size="sm" style={WRAP_LONG_WORDS}>
        Lives at: {address || 'no address given'}
      </Text>
    </Stack>
  );
}

/** Who issued a document and until when it is valid, where it says (an SSN's last four have neither). */
const documentFacts = (d: KycDocument) =>
  [d.issuingAuthority ? `Issued by ${d.issuingAuthority}` : null, d.expiryDate ? `valid until ${d.expiryDate}` : 'no expiry date'].filter(Boolean).join(', ');

/** A pending document's Approve and Reject, each opening its confirmation. */
function DocumentActions({ item, doc, onDecide }: { item: KycItem; doc: KycDocument; onDecide: (d: Decision) => void }) {
  const what = `the ${documentName(doc.documentType)} of ${item.email}`;
  return (
    <>
      <Button size="xs" onClick={() => onDecide(decision(item, { kind: 'document', id: doc.id, approve: true, what }, doc))}>
        Approve
      </Button>
      <Button size="xs" color="red" variant="light" onClick={() => onDecide(decision(item, { kind: 'document', id: doc.id, approve: false, what }, doc))}>
        Reject
      </Button>
    </>
  );
}

/** A document card's facts, named: its status, the holder name (what a name-mismatch flag compares with the legal name), who issued it, until when. */
const cardFacts = (d: KycDocument): Array<[string, string]> => [
  ['Status', kindWord(d.status)],
  ['Name on it', d.holderName],
  ...(d.issuingAuthority ? [['Issued by', d.issuingAuthority] as [string, string]] : []),
  ['Valid until', d.expiryDate ?? 'no expiry date'],
];

/**
 * A user's documents: a table on a wider screen; on a phone a card per document (as the console's
 * tables are, components/DataTable.tsx), its facts a line each beside their names and its buttons
 * side by side beneath, where a table's narrow first column would wrap every fact over lines.
 */
function Documents({ item, phone, onDecide }: { item: KycItem; phone: boolean | undefined; onDecide: (d: Decision) => void }) {
  const documents = item.verification?.documents ?? [];
  if (phone)
    return documents.length ? (
      <Box mt="xs">
        <RowList label={`Documents of ${item.email}`}>
          {documents.map((d) => (
            <RowItem key={d.id}>
              <Text size="sm" fw={600}>
                {documentName(d.documentType)}, {d.countryCode}
              </Text>
              <Box component="dl" fz="sm" m={0} mt={4} style={CARD_GRID}>
                {cardFacts(d).map(([term, value]) => (
                  <Fragment key={term}>
                    <Box component="dt" c="dimmed">
                      {term}
                    </Box>
                    <Box component="dd" m={0} style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                      {value}
                    </Box>
                  </Fragment>
                ))}
              </Box>
              {d.status === 'PENDING' && (
                <Group gap="xs" mt={6}>
                  <DocumentActions item={item} doc={d} onDecide={onDecide} />
                </Group>
              )}
            </RowItem>
          ))}
        </RowList>
      </Box>
    ) : null;
  return (
    <Table mt="xs">
      <Table.Tbody>
        {documents.map((d) => (
          <Table.Tr key={d.id}>
            <Table.Td>
              {documentName(d.documentType)}, {d.countryCode}
              {/* What a name-mismatch flag compares with the legal name above. */}
              <Text size="xs" c="dimmed">
                Name on it: {d.holderName}
              </Text>
              <Text size="xs" c="dimmed">
                {documentFacts(d)}
              </Text>
            </Table.Td>
            <Table.Td>{kindWord(d.status)}</Table.Td>
            <Table.Td>
              {d.status === 'PENDING' && (
                <Group gap="xs" justify="flex-end">
                  <DocumentActions item={item} doc={d} onDecide={onDecide} />
                </Group>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** A document card's facts: the names in a column, the values beside them (as DataTable's phone cards). */
const CARD_GRID: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: 'minmax(6.5rem, 38%) minmax(0, 1fr)',
  columnGap: 'var(--mantine-spacing-sm)',
  rowGap: 4,
};

/** Users by KYC status (pending review first), filtered in the URL, with their documents and flags; approve or reject with a reason. */
export function KycQueuePage() {
  const { search, filter } = useUrlFilters('/admin/kyc');
  const queue = usePagedList(
    ['kyc', search],
    (paging) => read(api.GET('/api/admin/kyc', { params: { query: { ...kycQuery(search), ...paging } } })),
    (page) => page.items,
  );
  const searchField = useRef<HTMLInputElement>(null);
  const [deciding, setDeciding] = useState<Decision | null>(null);
  // The console's phone width (components/DataTable.tsx), read at the first render so a phone never draws the table first.
  const phone = useMediaQuery('(max-width: 40em)', undefined, { getInitialValueInEffect: false });
  const queryClient = useQueryClient();
  const open = (d: Decision) => setDeciding(d);
  // What the last decision did, said where focus goes once the dialog closes: the decided card often
  // leaves the list (no longer pending), so without it the admin would not know the user's new status.
  const [outcome, setOutcome] = useState<string | null>(null);
  const outcomeLine = useRef<HTMLDivElement>(null);
  useEffect(() => outcomeLine.current?.focus(), [outcome]);
  return (
    <Stack>
      <Title order={2}>KYC review</Title>
      {outcome && (
        <Alert ref={outcomeLine} role="status" tabIndex={-1} color="teal" withCloseButton closeButtonLabel="Dismiss" onClose={() => setOutcome(null)}>
          {outcome}
        </Alert>
      )}
      <FilterFields
        onSubmit={() => {
          const q = searchField.current?.value.trim();
          // A user looked up by email or id is found whatever their status: a search asks for any status, and the status field says so.
          void filter(q ? { q, status: 'ANY' } : { q: undefined });
        }}
      >
        <FilterSelect
          label="Status"
          data={[{ value: 'ANY' as const, label: 'Any status' }, ...KYC_STATUSES.map((value) => ({ value, label: kycStatusWord(value) }))]}
          value={search.status}
          onChange={(status) => filter({ status: status ?? 'ANY' })}
          w={200}
        />
        {/* Keyed by the URL's query: Back and Forward show the search they went to. */}
        <TextInput
          key={search.q ?? ''}
          ref={searchField}
          label="Email or user id"
          description="searches every status"
          defaultValue={search.q ?? ''}
          maxLength={254}
          w={280}
        />
        <Button type="submit" variant="default">
          Find
        </Button>
      </FilterFields>
      <QueryState query={queue}>
        {(items) =>
          items.length ? (
            <Stack>
              {items.map((item) => (
                <Paper key={item.userId} withBorder p="md" role="group" aria-label={item.email} data-focus-fallback>
                  <Group justify="space-between" mb="xs">
                    <Text fw={600} component="div" style={WRAP_LONG_WORDS}>
                      {breakPoints(item.email)}{' '}
                      <Text span c="dimmed">
                        ({kindWord(item.role)}, {item.countryCode})
                      </Text>{' '}
                      <Badge variant="light" color="gray">
                        KYC: {kycStatusWord(item.verification?.status ?? 'INCOMPLETE')}
                      </Badge>
                    </Text>
                    {item.verification?.reviewFlags.some((f) => f.status === 'OPEN') && (
                      <Group gap="xs">
                        <Button
                          size="xs"
                          color="teal"
                          onClick={() => open(decision(item, { kind: 'profile', id: item.userId, approve: true, what: `the profile of ${item.email}` }))}
                        >
                          Approve profile
                        </Button>
                        <Button
                          size="xs"
                          color="red"
                          variant="light"
                          onClick={() => open(decision(item, { kind: 'profile', id: item.userId, approve: false, what: `the profile of ${item.email}` }))}
                        >
                          Reject profile
                        </Button>
                      </Group>
                    )}
                  </Group>
                  {item.verification?.profile && <ProfileFacts profile={item.verification.profile} />}
                  {item.verification?.reviewFlags
                    .filter((f) => f.status === 'OPEN')
                    .map((f) => (
                      <Text key={f.id} component="div" size="sm">
                        <Badge color="orange" mr="xs">
                          {f.reason.replace(/_/g, ' ')}
                        </Badge>
                        {flagLine(f, item)}
                      </Text>
                    ))}
                  <Documents item={item} phone={phone} onDecide={open} />
                </Paper>
              ))}
              {queue.hasNextPage && (
                <Button variant="default" onClick={() => void queue.fetchNextPage()} loading={queue.isFetchingNextPage}>
                  Show more
                </Button>
              )}
            </Stack>
          ) : (
            <Text c="dimmed">{kycEmpty(search)}</Text>
          )
        }
      </QueryState>
      {deciding && (
        <ReasonDialog
          title={`${deciding.approve ? 'Approve' : 'Reject'} ${deciding.what}?`}
          summary={deciding.summary}
          confirm={deciding.approve ? 'Approve' : 'Reject'}
          danger={!deciding.approve}
          reasonRequired={!deciding.approve || deciding.pastFlags}
          label={!deciding.approve ? 'Reason (shown to the user)' : deciding.pastFlags ? 'Note: what you checked (required past a flag)' : 'Note (optional)'}
          onClose={() => setDeciding(null)}
          send={(reason) => read(sendDecision(deciding, reason))}
          onDone={async () => {
            const decided = deciding;
            setDeciding(null);
            await queryClient.invalidateQueries({ queryKey: ['kyc'] });
            // The user's KYC as it now stands; the outcome is said without it if it cannot be read.
            const after = await read(api.GET('/api/admin/kyc', { params: { query: { q: decided.userId } } })).catch(() => null);
            setOutcome(decisionOutcome(decided, after?.items.find((i) => i.userId === decided.userId)?.verification));
          }}
        />
      )}
    </Stack>
  );
}
