import { Badge, Group, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { Schemas } from '@ziba/api-client';
import { AnchorLink } from './AnchorLink.tsx';
import { Money, OptionalMoney, SignedMoney } from './Money.tsx';
import { DataTable, type Column } from './DataTable.tsx';
import { moneyColumn } from './money-column.tsx';
import { RowItem, RowList } from './RowList.tsx';
import { isTripReference, lineWords, serviceWord } from './statement-words.ts';
import { dayAndTime } from '../dates.ts';

type Transaction = Schemas['WalletTransaction'];

const BADGE_COLORS: Record<string, string> = {
  Received: 'teal',
  Held: 'yellow',
  Released: 'blue',
  Owed: 'orange',
  Cleared: 'grape',
  Paid: 'gray',
  Returned: 'blue',
  Taken: 'red',
};

/** What happened, as a badge in words. */
export function LineBadge({ line, size }: { line: Pick<Transaction, 'type' | 'serviceType'>; size?: 'xs' }) {
  const { label } = lineWords(line);
  return (
    <Badge size={size} color={BADGE_COLORS[label]}>
      {label}
    </Badge>
  );
}

/** Money in or out with its sign; held, released or owed money without one (it did not leave available). */
export function LineAmount({ line }: { line: Pick<Transaction, 'type' | 'serviceType' | 'direction' | 'amount' | 'currency'> }) {
  return lineWords(line).signed ? <SignedMoney line={line} /> : <Money amount={line.amount} currency={line.currency} />;
}

/** The service in words; a line of a trip or a food order links to its receipt. */
function ServiceName({ line }: { line: Transaction }) {
  const words = serviceWord(line);
  if (!isTripReference(line.referenceType) || !line.referenceId) return <>{words}</>;
  return (
    <AnchorLink to="/trips/$tripId" params={{ tripId: line.referenceId }} size="sm" aria-label={`${words} of ${dayAndTime(line.createdAt)}: receipt`}>
      {words}
    </AnchorLink>
  );
}

/** Support's refund or correction says why, in the admin's words, under its name (the one line whose description is written for its owner). */
function SupportReason({ line }: { line: Transaction }) {
  const bySupport = line.referenceType === 'manual_adjustment' || (line.serviceType === 'refund' && line.type === 'CREDIT');
  if (!bySupport || !line.description) return null;
  return (
    <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
      {line.description}
    </Text>
  );
}

const COLUMNS: Column<Transaction>[] = [
  { header: 'Date', cell: (t) => dayAndTime(t.createdAt) },
  { header: 'What', cell: (t) => <LineBadge line={t} /> },
  {
    header: 'Service',
    cell: (t) => (
      <>
        <ServiceName line={t} />
        <SupportReason line={t} />
      </>
    ),
  },
  { header: 'Amount', align: 'right', cell: (t) => <LineAmount line={t} /> },
  moneyColumn('Available after', (t) => ({ amount: t.availableAfter, currency: t.currency })),
];
const HELD_COLUMN = moneyColumn<Transaction>('On hold after', (t) => ({ amount: t.lockedAfter, currency: t.currency }));
const OWED_COLUMN = moneyColumn<Transaction>('Owed after', (t) => ({ amount: t.negativeAfter, currency: t.currency }));

/** Held money and commission owed show as columns of their own only where they are part of the story. */
const touchesHeld = (t: Transaction) => t.lockedAfter !== '0' || t.type === 'HOLD' || t.type === 'RELEASE' || lineWords(t).balance === 'held';
const touchesOwed = (t: Transaction) => t.negativeAfter !== '0' || lineWords(t).balance === 'owed';

/** The balance a line moved, after it, in words: what is available, what is still owed, or that it was paid from what was held. */
function BalanceAfter({ line }: { line: Transaction }) {
  const { balance } = lineWords(line);
  if (balance === 'held') return <>from held funds</>;
  const [word, amount] = balance === 'owed' ? ['owed', line.negativeAfter] : ['available', line.availableAfter];
  return (
    <>
      {word} <OptionalMoney money={{ amount, currency: line.currency }} />
    </>
  );
}

/** Ledger lines, newest first: what happened, which way the money went, and the balance after. A list on a phone, a table wider up. */
export function TransactionsTable({ transactions }: { transactions: Transaction[] }) {
  const phone = useMediaQuery('(max-width: 40em)', undefined, { getInitialValueInEffect: false });
  if (!transactions.length) return <Text c="dimmed">No transactions yet.</Text>;
  if (phone)
    return (
      <RowList label="Transactions">
        {transactions.map((t) => (
          <RowItem key={`${t.entryId}-${t.type}`}>
            <Group justify="space-between" wrap="nowrap">
              <div>
                <Group gap={6} wrap="nowrap">
                  <Text size="sm" fw={500}>
                    <ServiceName line={t} />
                  </Text>
                  <LineBadge line={t} size="xs" />
                </Group>
                <Text size="xs" c="dimmed">
                  {dayAndTime(t.createdAt)}
                </Text>
                <SupportReason line={t} />
              </div>
              <div style={{ textAlign: 'right' }}>
                <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                  <LineAmount line={t} />
                </Text>
                <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                  <BalanceAfter line={t} />
                </Text>
              </div>
            </Group>
          </RowItem>
        ))}
      </RowList>
    );
  const columns = [...COLUMNS, ...(transactions.some(touchesHeld) ? [HELD_COLUMN] : []), ...(transactions.some(touchesOwed) ? [OWED_COLUMN] : [])];
  return <DataTable label="Transactions" minWidth={520} highlightOnHover columns={columns} rows={transactions} rowKey={(t) => `${t.entryId}-${t.type}`} />;
}
