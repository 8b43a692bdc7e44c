import { Badge, Group, Paper, SimpleGrid, Stack, Table, Text, Timeline, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { AnchorLink } from '../../components/AnchorLink.tsx';
import { api } from '../../api/client.ts';
import { read } from '../../api/queries.ts';
import { Money } from '../../components/Money.tsx';
import { PayoutStatusBadge } from '../../components/PayoutStatusBadge.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { PayoutActions } from './PayoutActions.tsx';
import { flagLabel } from './flag-label.ts';

/** One payout: who is paid, where their KYC stands, its flags, its timeline, four-eyes, and what to do. */
export function PayoutDetailPage() {
  const { payoutId } = useParams({ from: '/admin/payouts/$payoutId' });
  const payout = useQuery({ queryKey: ['admin-payout', payoutId], queryFn: () => read(api.GET('/api/admin/payouts/{payoutId}', { params: { path: { payoutId } } })) });
  return (
    <QueryState query={payout}>
      {(p) => (
        <Stack>
          <AnchorLink to="/admin/payouts" size="sm">Back to payouts</AnchorLink>
          <Group justify="space-between">
            <Title order={2}>
              <Money amount={p.amount.amount} currency={p.amount.currency} /> to {p.maskedAccount ?? 'no account'}
            </Title>
            <PayoutStatusBadge status={p.status} />
          </Group>
          <PayoutActions payout={p} />
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Paper withBorder p="md">
              <Title order={3} size="h4" mb="xs">Earner</Title>
              <Table>
                <Table.Tbody>
                  <Table.Tr><Table.Th>Email</Table.Th><Table.Td>{p.earner.email}</Table.Td></Table.Tr>
                  <Table.Tr><Table.Th>Role, country</Table.Th><Table.Td>{p.earner.role}, {p.earner.countryCode}</Table.Td></Table.Tr>
                  <Table.Tr><Table.Th>Account status</Table.Th><Table.Td>{p.earner.status}</Table.Td></Table.Tr>
                  <Table.Tr><Table.Th>KYC</Table.Th><Table.Td>{p.kyc.status}{p.kyc.driverStatus ? `, driver ${p.kyc.driverStatus}` : ''}</Table.Td></Table.Tr>
                  {p.kyc.missingRequirements.length > 0 && (
                    <Table.Tr><Table.Th>Missing</Table.Th><Table.Td>{p.kyc.missingRequirements.join(', ')}</Table.Td></Table.Tr>
                  )}
                </Table.Tbody>
              </Table>
            </Paper>
            <Paper withBorder p="md">
              <Title order={3} size="h4" mb="xs">Review</Title>
              {p.reviewFlags.length ? (
                <Group gap={4} mb="xs">{p.reviewFlags.map((f) => <Badge key={f} color="orange">{flagLabel(f)}</Badge>)}</Group>
              ) : (
                <Text size="sm" c="dimmed" mb="xs">No review flags.</Text>
              )}
              <Text size="sm">
                Approvals: {p.approvals.given} of {p.approvals.required}
                {p.approvals.required > 1 ? ' (four-eyes: two different admins)' : ''}
              </Text>
              {p.approvals.by.map((a) => (
                <Text key={a.adminId} size="sm" c="dimmed">{new Date(a.at).toLocaleString()}: admin {a.adminId.slice(0, 8)}{a.note ? `, “${a.note}”` : ''}</Text>
              ))}
              {(p.rejectionReason ?? p.failureReason) && <Text size="sm" mt="xs">Reason: {p.rejectionReason ?? p.failureReason}</Text>}
              {p.externalReference && <Text size="sm" mt="xs">Bank reference: {p.externalReference}</Text>}
            </Paper>
          </SimpleGrid>
          <Paper withBorder p="md">
            <Title order={3} size="h4" mb="sm">Timeline</Title>
            <Timeline active={p.transitions.length - 1} bulletSize={14}>
              {p.transitions.map((t, i) => (
                <Timeline.Item key={i} title={t.toStatus}>
                  <Text size="sm" c="dimmed">{new Date(t.at).toLocaleString()}, by {t.actorType.toLowerCase()} {t.actorType === 'SYSTEM' ? '' : t.actorId.slice(0, 8)}</Text>
                  {t.note && <Text size="sm">{t.note}</Text>}
                </Timeline.Item>
              ))}
            </Timeline>
          </Paper>
        </Stack>
      )}
    </QueryState>
  );
}
