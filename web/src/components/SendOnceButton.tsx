import { Button, type ButtonProps } from '@mantine/core';
import { useState, type ReactNode } from 'react';

/**
 * The button that sends a money request, once a click. TanStack Query tells a mutation's observers
 * it is pending on a later tick, so `loading={mutation.isPending}` alone leaves the button live for
 * a double click's second click: it sent the request twice (the key kept the money safe, but the
 * admin was told theirs was "made already"). This one is busy from the click itself until that
 * request has settled, then may send again (a refused request corrected and retried).
 */
export function SendOnceButton({
  pending,
  onSend,
  children,
  ...button
}: Omit<ButtonProps, 'loading' | 'onClick'> & { pending: boolean; onSend: () => void; children: ReactNode }) {
  const [clicked, setClicked] = useState(false);
  const [sawPending, setSawPending] = useState(false);
  // Adjusted while rendering (not in an effect), so no frame shows the button live between the two.
  if (pending && !sawPending) setSawPending(true);
  if (!pending && sawPending) {
    setSawPending(false);
    setClicked(false);
  }
  const busy = pending || clicked;
  return (
    <Button
      {...button}
      loading={busy}
      onClick={() => {
        if (busy) return;
        setClicked(true);
        onSend();
      }}
    >
      {children}
    </Button>
  );
}
