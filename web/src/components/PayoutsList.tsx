import { Box, Group, Text } from '@mantine/core';
import type { Schemas } from '@ziba/api-client';
import { reasonWords } from '../api/problem-words.ts';
import { Money } from './Money.tsx';
import { PayoutStatusBadge } from './PayoutStatusBadge.tsx';
import { RowItem, RowList } from './RowList.tsx';
import { dayAndTime } from '../dates.ts';

type Payout = Schemas['Payout'];

/** The server's reason as the end of a sentence. */
const sentence = (reason: string) => `${reason.trim().replace(/[.\s]+$/, '')}.`;

/** Who started a payout, when it was not the earner: they did not ask for it, so the list says where it came from. */
const ORIGIN_WORDS: Record<Payout['origin'], string | null> = {
  manual_request: null,
  auto_weekly: 'Weekly payout of your withdrawable balance',
  manual_admin_settlement: 'Settlement paid by Ziba support',
};

const BACK_IN_BALANCE = 'The amount is back in your available balance.';

/**
 * What became of a payout that did not simply go through, in words, with where the money is now
 * (SPEC section 6): a refusal's reasons; a rejection's or failure's reason; money still on hold after a
 * failure; money given back after a rejection, a reversal or a return; money on hold while it waits for
 * review. Nothing for a payout on its way or paid: its badge says it all.
 */
function payoutWhy(p: Payout): string[] {
  const from = p.methodKind === 'MOBILE_MONEY' ? 'Your mobile money provider' : 'Your bank';
  switch (p.status) {
    case 'BLOCKED':
      // What stood in the way when it was asked: a reason met since (a document verified) is history, not a to-do.
      return ['Why it was refused then:', ...reasonWords(p.reasons), 'No money left your wallet.'];
    case 'REJECTED':
      return [...(p.rejectionReason ? [`Rejected: ${sentence(p.rejectionReason)}`] : []), BACK_IN_BALANCE];
    case 'FAILED':
      return [
        p.failureReason ? `The payment did not go through: ${sentence(p.failureReason)}` : 'The payment did not go through.',
        'The amount stays on hold in your wallet until support sends it again or returns it to your balance.',
      ];
    case 'REVERSED':
      return [p.failureReason ? `The payment did not go through: ${sentence(p.failureReason)}` : 'The payment did not go through.', BACK_IN_BALANCE];
    case 'PENDING':
      // Waiting on people, perhaps long (a suspended account waits for its reinstatement): where the money is meanwhile.
      return ['Waiting for Ziba’s review. The amount stays on hold in your wallet until it is paid, or returned to your balance if it is not.'];
    case 'RETURNED':
      // The bank's reason (an account closed) tells the earner to check their payout account before withdrawing again.
      return [p.failureReason ? `${from} sent this payout back: ${sentence(p.failureReason)}` : `${from} sent this payout back.`, BACK_IN_BALANCE];
    default:
      return [];
  }
}

/**
 * The account a payout goes (or went) to, as it was asked: changing the payout account later does not
 * redirect a payout under way, so each says its own. None for a refusal: nothing was sent.
 */
const destinationOf = (p: Payout): string | null =>
  p.status === 'BLOCKED' || !p.maskedAccount ? null : [p.accountInstitution, p.maskedAccount].filter(Boolean).join(' ');

/** A refusal older than the newest: one line, its reasons behind a disclosure a tap opens. */
function RefusedEarlier({ lines }: { lines: string[] }) {
  return (
    <Box component="details" fz="xs">
      <Box component="summary" style={{ cursor: 'pointer' }}>
        Refused, no money left your wallet: why
      </Box>
      {lines
        .filter((line) => line !== 'No money left your wallet.')
        .map((line) => (
          <Text key={line} size="xs">
            {line}
          </Text>
        ))}
    </Box>
  );
}

/**
 * An earner's payouts, newest first: amount and state on the first line, when on the second, and what
 * became of it below. A list rather than a table, so it fits a phone without scrolling sideways.
 */
export function PayoutsList({ payouts }: { payouts: Payout[] }) {
  if (!payouts.length) return <Text c="dimmed">No payouts yet.</Text>;
  // The newest refusal says why in full; earlier ones fold their reasons away, so a run of refused taps does not bury the list.
  const newestRefused = payouts.find((p) => p.status === 'BLOCKED')?.id;
  return (
    <RowList label="Payouts">
      {payouts.map((p) => {
        const destination = destinationOf(p);
        return (
          <RowItem key={p.id}>
            {/* Wraps: a long amount on a narrow phone puts the badge below it rather than past the card's edge. */}
            <Group justify="space-between" gap="xs">
              <Text size="sm" fw={600}>
                <Money amount={p.amount.amount} currency={p.amount.currency} />
              </Text>
              <PayoutStatusBadge status={p.status} />
            </Group>
            <Text size="xs" c="dimmed">
              {dayAndTime(p.createdAt)}
              {ORIGIN_WORDS[p.origin] ? ` · ${ORIGIN_WORDS[p.origin]}` : ''}
            </Text>
            {destination && (
              <Text size="xs" c="dimmed">
                To {destination}
              </Text>
            )}
            {p.status === 'BLOCKED' && p.id !== newestRefused ? (
              <RefusedEarlier lines={payoutWhy(p)} />
            ) : (
              payoutWhy(p).map((line) => (
                <Text key={line} size="xs">
                  {line}
                </Text>
              ))
            )}
          </RowItem>
        );
      })}
    </RowList>
  );
}
