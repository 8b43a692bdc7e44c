import type { ReactNode } from 'react';
import { AnchorLink } from '../components/AnchorLink.tsx';

/** A link to a payout's page, named by the start of its id unless `children` says more. */
export function PayoutLink({ id, children }: { id: string; children?: ReactNode }) {
  return (
    <AnchorLink to="/admin/payouts/$payoutId" params={{ payoutId: id }}>
      {children ?? id.slice(0, 8)}
    </AnchorLink>
  );
}

/** A link to a wallet's read-only ledger, named by the start of its id unless `children` says more. */
export function WalletLink({ id, children }: { id: string; children?: ReactNode }) {
  return (
    <AnchorLink to="/admin/wallets/$walletId" params={{ walletId: id }}>
      {children ?? id.slice(0, 8)}
    </AnchorLink>
  );
}
