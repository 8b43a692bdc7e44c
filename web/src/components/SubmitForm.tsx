import type { ReactNode } from 'react';

/** A form that the page handles itself: Enter or its submit button calls `onSubmit`, and the browser does not navigate. */
export function SubmitForm({ onSubmit, children }: { onSubmit: () => void; children: ReactNode }) {
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      {children}
    </form>
  );
}
