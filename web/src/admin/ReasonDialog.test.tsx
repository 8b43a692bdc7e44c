import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, expect, it } from 'vitest';
import { renderInApp } from '../test-render.tsx';
import { ReasonDialog } from './ReasonDialog.tsx';

afterEach(cleanup);

/** A page as the admin pages are: the dialog is mounted open by a button and unmounted to close it. */
function Page() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button onClick={() => setOpen(true)}>Reject profile</button>
      {open && (
        <ReasonDialog
          title="Reject?"
          summary="The user sees the reason."
          confirm="Reject"
          reasonRequired
          onClose={() => setOpen(false)}
          send={async () => undefined}
          onDone={() => setOpen(false)}
        />
      )}
    </>
  );
}

it('starts in the reason field and gives focus back to the button that opened it after Escape', async () => {
  renderInApp(<Page />);
  const opener = screen.getByRole('button', { name: 'Reject profile' });
  opener.focus();
  fireEvent.click(opener);
  const reason = await screen.findByRole('textbox', { name: 'Reason' });
  await waitFor(() => expect(document.activeElement).toBe(reason));
  fireEvent.keyDown(reason, { key: 'Escape' });
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  expect(document.activeElement).toBe(opener);
});
