import { documentName } from './documents-for.ts';

/** What a notification says: a title, a sentence on what it means for the reader, and where to act on it. */
export interface NotificationWords {
  title: string;
  detail?: string;
  /** Money that came into the reader's balance (+) or left it (−); none for money held, owed or news without money. */
  direction?: 'credit' | 'debit';
  /** 'wallet' is the reader's own wallet page (it differs by role); 'verification' the identity page; 'receipt' the trip's or order's (the reference). */
  goTo?: 'wallet' | 'verification' | 'receipt';
}

/** `role`: the reader's (RESTAURANT, DRIVER, ...), where the words differ by it; unknown while it loads. */
type Words = (reference: string, role?: string) => NotificationWords;

/** A cancelled trip or order: what it means for the reader, and its receipt to open. */
const cancelled = (title: string, detail: string): NotificationWords => ({ title, detail, goTo: 'receipt' });
const NOT_CHARGED = 'You will not be charged for it; anything held for it is back in your wallet.';
const NOT_PAID = 'Do not go on with it: it will not be paid.';
const NOT_COOKED = 'Do not prepare or hand it over: it will not be paid.';

const KINDS: Record<string, Words> = {
  EARNING_CREDITED: () => ({ title: 'Earnings credited', direction: 'credit' }),
  FUNDS_ADDED: () => ({ title: 'Funds added', direction: 'credit' }),
  TRIP_PAID: () => ({ title: 'Trip paid from your wallet', direction: 'debit' }),
  ORDER_PAID: () => ({ title: 'Food order paid from your wallet', direction: 'debit' }),
  COMMISSION_NETTED: (_reference, role) => ({
    title: 'Commission taken from your balance',
    direction: 'debit',
    detail: `Weekly netting paid commission you owed on cash ${role === 'RESTAURANT' ? 'orders' : 'trips'} from your available balance.`,
    goTo: 'wallet',
  }),
  COMMISSION_OWED: (_reference, role) => ({
    title: `Commission owed on a cash ${role === 'RESTAURANT' ? 'order' : 'trip'}`,
    detail: 'You kept the cash, so the commission is owed: weekly netting takes it from your available balance, as far as that covers it.',
    goTo: 'wallet',
  }),
  HOLD_RELEASED: () => ({
    title: 'Held amount given back',
    direction: 'credit',
    detail: 'The amount held for a trip or order that will not be charged is available in your wallet again.',
    goTo: 'wallet',
  }),
  REFUND_CREDITED: () => ({ title: 'Refund received', direction: 'credit', detail: 'Support refunded you; your wallet’s history says why.', goTo: 'wallet' }),
  WALLET_CREDITED: () => ({
    title: 'Balance corrected: money added',
    direction: 'credit',
    detail: 'Support added to your balance; your wallet’s history says why.',
    goTo: 'wallet',
  }),
  WALLET_DEBITED: () => ({
    title: 'Balance corrected: money taken',
    direction: 'debit',
    detail: 'Support took from your balance; your wallet’s history says why.',
    goTo: 'wallet',
  }),
  PAYOUT_INITIATED: () => ({ title: 'Withdrawal requested' }),
  PAYOUT_PAID: () => ({ title: 'Withdrawal paid', direction: 'debit' }),
  PAYOUT_FAILED: () => ({
    title: 'Withdrawal failed',
    detail: 'The transfer did not go through. Support will send it again or return the money to your balance.',
    goTo: 'wallet',
  }),
  PAYOUT_REJECTED: () => ({
    title: 'Withdrawal rejected',
    detail: 'The money is back in your available balance. Your wallet’s Payouts list says why.',
    goTo: 'wallet',
  }),
  PAYOUT_REVERSED: () => ({
    title: 'Withdrawal returned to your balance',
    direction: 'credit',
    detail: 'The money is back in your available balance.',
    goTo: 'wallet',
  }),
  PAYOUT_RETURNED: () => ({
    title: 'Withdrawal returned by the bank',
    direction: 'credit',
    detail: 'The bank sent the money back; it is in your balance again.',
    goTo: 'wallet',
  }),
  DOCUMENT_APPROVED: (type) => ({ title: `Your ${documentName(type)} was approved` }),
  DOCUMENT_REJECTED: (type) => ({
    title: `Your ${documentName(type)} was rejected`,
    detail: 'Your verification page says why, and what to send instead.',
    goTo: 'verification',
  }),
  PROFILE_APPROVED: () => ({ title: 'Your identity profile was approved' }),
  PROFILE_REJECTED: () => ({ title: 'Your identity profile was rejected', detail: 'Check your legal name, date of birth and address.', goTo: 'verification' }),
  PAYOUT_ACCOUNT_VERIFIED: (masked) => ({ title: `Payout account ${masked} verified` }),
  PAYOUT_ACCOUNT_REJECTED: (masked) => ({
    title: `Payout account ${masked} rejected`,
    detail: 'Add another account to withdraw.',
    goTo: 'wallet',
  }),
  ACCOUNT_UNBLOCKED: () => ({ title: 'Your account is active again' }),
  DRIVER_SUSPENDED: () => ({
    title: 'Your driver account was suspended',
    detail: 'You cannot take trips or withdraw until it is reinstated. Contact support.',
  }),
  DRIVER_REINSTATED: () => ({ title: 'Your driver account was reinstated' }),
  TRIP_CANCELLED_BY_SUPPORT: (_reference, role) =>
    role === 'DRIVER' ? cancelled('Support cancelled a trip you had taken', NOT_PAID) : cancelled('Support cancelled your trip', NOT_CHARGED),
  ORDER_CANCELLED_BY_SUPPORT: (_reference, role) =>
    role === 'RESTAURANT'
      ? cancelled('Support cancelled an order', NOT_COOKED)
      : role === 'DRIVER'
        ? cancelled('Support cancelled an order you were delivering', NOT_PAID)
        : cancelled('Support cancelled your food order', NOT_CHARGED),
  // A rider, driver or restaurant cancelled: told to the others on it, in the reader's terms.
  TRIP_CANCELLED_BY_RIDER: () => cancelled('The rider cancelled a trip you had taken', 'Do not go on to the pick-up: the trip is off.'),
  TRIP_CANCELLED_BY_DRIVER: () => cancelled('Your driver cancelled the trip', `${NOT_CHARGED} You can request another ride.`),
  ORDER_CANCELLED_BY_CUSTOMER: (_reference, role) =>
    role === 'RESTAURANT' ? cancelled('A customer cancelled an order', NOT_COOKED) : cancelled('The customer cancelled an order you had taken', NOT_PAID),
  ORDER_CANCELLED_BY_RESTAURANT: (_reference, role) =>
    role === 'DRIVER'
      ? cancelled('The restaurant cancelled an order you had taken', 'Do not go on to collect it: it will not be paid.')
      : cancelled('The restaurant cancelled your food order', NOT_CHARGED),
  ORDER_CANCELLED_BY_DRIVER: (_reference, role) =>
    role === 'RESTAURANT'
      ? cancelled('The driver cancelled an order’s delivery', 'Do not hand it over: the order is off and will not be paid.')
      : cancelled('Your driver cancelled your food order', NOT_CHARGED),
};

/** A notification in words; a kind this page does not know yet still reads as words, not a code. */
export function notificationWords(kind: string, reference: string, role?: string): NotificationWords {
  const words = KINDS[kind];
  if (words) return words(reference, role);
  const title = kind.replace(/_/g, ' ').toLowerCase();
  return { title: `${title.charAt(0).toUpperCase()}${title.slice(1)}` };
}
