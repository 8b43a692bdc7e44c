import { Group, List, SimpleGrid, Stack, Table, Text, Timeline, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import type { Schemas } from '@ziba/api-client';
import { AnchorLink } from '../../components/AnchorLink.tsx';
import { api } from '../../api/client.ts';
import { meQuery, read } from '../../api/queries.ts';
import { Money } from '../../components/Money.tsx';
import { PayoutStatusBadge } from '../../components/PayoutStatusBadge.tsx';
import { TestModeBadge } from '../../components/TestModeBadge.tsx';
import { listSearchToReturnTo } from './payout-search.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { PayoutActions } from './PayoutActions.tsx';
import { ReviewFlagBadges } from './ReviewFlagBadges.tsx';
import { flagAdvice } from './flag-label.ts';
import { payoutTimeline } from './payout-timeline.ts';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { moneyColumn } from '../../components/money-column.tsx';
import { lineWords } from '../../components/statement-words.ts';
import { LineAmount } from '../../components/TransactionsTable.tsx';
import { WalletLink } from '../AdminLinks.tsx';
import { kycStatusWord } from '../../pages/verification-status.ts';
import { kindWord } from '../person.ts';
import { accountLabel } from '../../components/account-label.ts';
import { payoutReasons } from './payout-reasons.ts';
import { dayAndTime } from '../../dates.ts';

type LedgerEntry = Schemas['AdminPayoutDetail']['ledgerEntries'][number];

/** The ledger entries made under the payout's reference, each linked to the earner's ledger. */
const ledgerColumns = (earnerWalletId: string): Column<LedgerEntry>[] => [
  { header: 'Date', cell: (e) => dayAndTime(e.createdAt) },
  {
    header: 'Entry',
    cell: (e) => (
      <WalletLink id={earnerWalletId}>
        {lineWords(e).label} {e.entryId.slice(0, 8)}
      </WalletLink>
    ),
  },
  { header: 'Amount', align: 'right', cell: (e) => <LineAmount line={e} /> },
  moneyColumn('Available after', (e) => ({ amount: e.availableAfter, currency: e.currency })),
  moneyColumn('On hold after', (e) => ({ amount: e.lockedAfter, currency: e.currency })),
];

/** One payout: who is paid, where their KYC stands, its flags, its timeline, four-eyes, and what to do. */
export function PayoutDetailPage() {
  const { payoutId } = useParams({ from: '/admin/payouts/$payoutId' });
  const payout = useQuery({
    queryKey: ['admin-payout', payoutId],
    queryFn: () => read(api.GET('/api/admin/payouts/{payoutId}', { params: { path: { payoutId } } })),
  });
  const me = useQuery(meQuery);
  // The way back is there whether the payout loads or not (a mistyped or shortened id).
  return (
    <Stack>
      <AnchorLink to="/admin/payouts" search={listSearchToReturnTo()} size="sm">
        Back to payouts
      </AnchorLink>
      <QueryState query={payout}>
        {(p) => (
          <Stack>
            <Group justify="space-between">
              <Title order={2}>
                <Money amount={p.amount.amount} currency={p.amount.currency} /> to {accountLabel(p.accountInstitution, p.maskedAccount, 'no account')}
              </Title>
              <Group gap="xs">
                <TestModeBadge mode={p.mode} />
                <PayoutStatusBadge status={p.status} />
              </Group>
            </Group>
            <PayoutActions payout={p} />
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <Section title="Earner" titleGap="xs">
                <Table>
                  <Table.Tbody>
                    <Table.Tr>
                      <Table.Th>Email</Table.Th>
                      <Table.Td style={{ overflowWrap: 'anywhere' }}>{p.earner.email}</Table.Td>
                    </Table.Tr>
                    {/* The two names the flag ACCOUNT_NAME_NOT_LEGAL_NAME compares, side by side for the admin who checks them. */}
                    <Table.Tr>
                      <Table.Th>Legal name</Table.Th>
                      <Table.Td>{p.earner.legalName ?? '—'}</Table.Td>
                    </Table.Tr>
                    <Table.Tr>
                      <Table.Th>Account holder</Table.Th>
                      <Table.Td>{p.accountHolderName ?? '—'}</Table.Td>
                    </Table.Tr>
                    <Table.Tr>
                      <Table.Th>Role, country</Table.Th>
                      <Table.Td>
                        {kindWord(p.earner.role)}, {p.earner.countryCode}
                      </Table.Td>
                    </Table.Tr>
                    <Table.Tr>
                      <Table.Th>Account status</Table.Th>
                      <Table.Td>{kindWord(p.earner.status)}</Table.Td>
                    </Table.Tr>
                    <Table.Tr>
                      <Table.Th>KYC</Table.Th>
                      <Table.Td>{kycStatusWord(p.kyc.status)}</Table.Td>
                    </Table.Tr>
                    {/* Apart from the account: a suspended driver's account stays active (they may still sign in and see their wallet). */}
                    {p.kyc.driverStatus && (
                      <Table.Tr>
                        <Table.Th>Driving</Table.Th>
                        <Table.Td>{kindWord(p.kyc.driverStatus)}</Table.Td>
                      </Table.Tr>
                    )}
                    {p.kyc.missingRequirements.length > 0 && (
                      <Table.Tr>
                        <Table.Th>Missing</Table.Th>
                        <Table.Td>{p.kyc.missingRequirements.join(', ')}</Table.Td>
                      </Table.Tr>
                    )}
                  </Table.Tbody>
                </Table>
              </Section>
              <Section title="Review" titleGap="xs">
                {p.reviewFlags.length ? (
                  <>
                    <ReviewFlagBadges flags={p.reviewFlags} mb="xs" />
                    <FlagAdvice flags={p.reviewFlags} />
                  </>
                ) : (
                  <Text size="sm" c="dimmed" mb="xs">
                    No review flags.
                  </Text>
                )}
                {/* Approvals matter while a payout waits for them, and as history once given; a refused or rejected one never needed any. */}
                {(p.status === 'PENDING' || p.approvals.given > 0) && (
                  <Text size="sm">
                    Approvals: {p.approvals.given} of {p.approvals.required}
                    {p.approvals.required > 1 ? ' (four-eyes: two different admins)' : ''}
                  </Text>
                )}
                {p.approvals.by.map((a) => (
                  <Text key={a.adminId} size="sm" c="dimmed">
                    {dayAndTime(a.at)}: {a.adminEmail ?? `admin ${a.adminId.slice(0, 8)}`}
                    {a.note ? `, “${a.note}”` : ''}
                  </Text>
                ))}
                {p.status === 'PENDING' && p.approvals.given < p.approvals.required && p.approvals.by.some((a) => a.adminId === me.data?.id) && (
                  <Text size="sm" mt="xs">
                    You have approved it; another admin must give the second approval.
                  </Text>
                )}
                {payoutReasons(p).map((line) => (
                  <Text key={line} size="sm" mt="xs">
                    {line}
                  </Text>
                ))}
                {p.externalReference && (
                  <Text size="sm" mt="xs">
                    Bank reference: {p.externalReference}
                  </Text>
                )}
              </Section>
            </SimpleGrid>
            <Section title="Timeline">
              <PayoutTimeline payout={p} />
            </Section>
            <Section title="Ledger entries">
              <DataTable
                label="Ledger entries of the payout"
                minWidth={560}
                columns={ledgerColumns(p.earnerWalletId)}
                rows={p.ledgerEntries}
                rowKey={(e) => e.entryId}
                empty="No ledger entry: the payout never put funds on hold."
                emptySize="sm"
              />
            </Section>
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}

/** Every step, all reached: the states, the submission and the provider's callbacks in time order. */
function PayoutTimeline({ payout }: { payout: Parameters<typeof payoutTimeline>[0] }) {
  const steps = payoutTimeline(payout);
  return (
    <Timeline active={steps.length - 1} bulletSize={14}>
      {steps.map((step, i) => (
        <Timeline.Item key={i} title={step.title}>
          <Text size="sm" c="dimmed">
            {dayAndTime(step.at)}, {step.detail}
          </Text>
          {step.note && <Text size="sm">{step.note}</Text>}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

/** What to check for each flag before approving, so the note an approval needs says what was checked. */
function FlagAdvice({ flags }: { flags: string[] }) {
  const advice = flags.map((f) => flagAdvice(f)).filter((a) => a !== null);
  if (!advice.length) return null;
  return (
    <List size="sm" mb="xs" aria-label="What to check">
      {advice.map((a) => (
        <List.Item key={a}>{a}</List.Item>
      ))}
    </List>
  );
}
