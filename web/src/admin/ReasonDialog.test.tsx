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

/** A list as the admin pages have one: each row's button changes once its action is done, and a done row can leave the list. */
function Rows({ leaves, refreshWithClose = false }: { leaves: boolean; refreshWithClose?: boolean }) {
  const [blocked, setBlocked] = useState<string[]>([]);
  const [acting, setActing] = useState<string | null>(null);
  const rows = ['ada@example.com', 'ben@example.com'].filter((email) => !(leaves && blocked.includes(email)));
  return (
    <>
      <h2>Users</h2>
      <table>
        <tbody>
          {rows.map((email) => (
            <tr key={email} aria-label={email}>
              <td>{email}</td>
              <td>
                {/* Keyed by action, as the pages' buttons are: the Unblock button is another element. */}
                {blocked.includes(email) ? (
                  <button key="unblock">Unblock {email}</button>
                ) : (
                  <button key="block" onClick={() => setActing(email)}>
                    Block {email}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {acting && (
        <ReasonDialog
          title={`Block ${acting}?`}
          summary="They cannot sign in."
          confirm="Block"
          reasonRequired
          onClose={() => setActing(null)}
          send={async () => undefined}
          onDone={async () => {
            setActing(null);
            // The page's refresh arrives a moment after the dialog has closed, or with its closing.
            if (!refreshWithClose) await new Promise((resolve) => setTimeout(resolve, 20));
            setBlocked((b) => [...b, acting]);
          }}
        />
      )}
    </>
  );
}

/** Opens the dialog from `button` by the keyboard, gives a reason and confirms. */
async function blockWith(button: HTMLElement) {
  button.focus();
  fireEvent.click(button);
  const reason = await screen.findByRole('textbox', { name: 'Reason' });
  await waitFor(() => expect(document.activeElement).toBe(reason));
  const confirm = screen.getByRole('button', { name: 'Block' });
  expect(confirm.hasAttribute('disabled')).toBe(true); // a reason is required
  fireEvent.change(reason, { target: { value: 'chargebacks' } });
  fireEvent.click(confirm);
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
}

it('gives focus to the row when the action took the button that opened the dialog away', async () => {
  renderInApp(<Rows leaves={false} />);
  await blockWith(screen.getByRole('button', { name: 'Block ben@example.com' }));
  await screen.findByRole('button', { name: 'Unblock ben@example.com' });
  await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('row', { name: 'ben@example.com' })));
  expect(document.activeElement).not.toBe(document.body);
});

it('gives focus to the row when the refresh took the opener away as the dialog closed', async () => {
  renderInApp(<Rows leaves={false} refreshWithClose />);
  await blockWith(screen.getByRole('button', { name: 'Block ben@example.com' }));
  await screen.findByRole('button', { name: 'Unblock ben@example.com' });
  await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('row', { name: 'ben@example.com' })));
});

it('gives focus to the page’s heading when the row left the list', async () => {
  renderInApp(<Rows leaves />);
  await blockWith(screen.getByRole('button', { name: 'Block ada@example.com' }));
  await waitFor(() => expect(screen.queryByRole('row', { name: 'ada@example.com' })).toBeNull());
  await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Users' })));
});

it('gives focus back to the opener after success when it is still there', async () => {
  renderInApp(<Page />);
  const opener = screen.getByRole('button', { name: 'Reject profile' });
  opener.focus();
  fireEvent.click(opener);
  const reason = await screen.findByRole('textbox', { name: 'Reason' });
  fireEvent.change(reason, { target: { value: 'the photo is unreadable' } });
  fireEvent.click(screen.getByRole('button', { name: 'Reject' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  await waitFor(() => expect(document.activeElement).toBe(opener));
});
