import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type ReactNode } from 'react';
import { AttemptFailedAlert, ProblemAlert } from '../components/ProblemAlert.tsx';
import { SendOnceButton } from '../components/SendOnceButton.tsx';
import { useReturnFocusOnClose } from './focus-return.ts';

interface Props {
  title: string;
  /** What the admin is about to do, in a sentence. */
  summary: ReactNode;
  confirm: string;
  danger?: boolean;
  reasonRequired: boolean;
  /** The text field's label; by default "Reason", or "Note (optional)" when none is required. */
  label?: string;
  onClose: () => void;
  /** Sends the decision with the reason; a refusal is thrown and shown in the dialog. */
  send: (reason: string) => Promise<unknown>;
  onDone: () => void | Promise<void>;
  /** For a decision that moves money under an Idempotency-Key: where to look when no answer came, and that sending it again is safe. */
  unknownOutcome?: string;
  /** The fewest characters the server takes in a reason (spaces at the ends not counted); 1 unless said. */
  minLength?: number;
  /** The way back's words, where "Cancel" would read as the action (cancelling a trip: "Keep it"). */
  dismiss?: string;
  /** Where focus goes once the decision is done and the dialog closes (the line that says what was done); else back where it came from. */
  doneFocus?: () => Element | null;
}

/** A confirmation that asks why: the reason goes to the audit trail (and, where the server says so, to the user). */
export function ReasonDialog({
  title,
  summary,
  confirm,
  danger,
  reasonRequired,
  label,
  onClose,
  send,
  onDone,
  unknownOutcome,
  minLength = 1,
  dismiss = 'Cancel',
  doneFocus,
}: Props) {
  const [reason, setReason] = useState('');
  const done = useRef(false);
  const decide = useMutation({
    mutationFn: () => send(reason.trim()),
    onSuccess: () => {
      done.current = true;
      return onDone();
    },
  });
  // Pages mount this dialog open and unmount it to close it, so Mantine's focus return (which follows
  // `opened` changing) never runs: the dialog gives focus back to the button that opened it itself, or,
  // when a decision took that button away (the row's buttons change), to its row or the page's heading
  // (or, once the decision is done, to the page's line that says so: doneFocus).
  useReturnFocusOnClose(() => (done.current && doneFocus ? [doneFocus()] : null));
  return (
    <Modal opened onClose={onClose} title={title} centered trapFocus returnFocus>
      <Stack>
        <Text>{summary}</Text>
        {/* Focus starts in the reason, not on the close button where Enter would close the dialog. */}
        <Textarea
          data-autofocus
          label={label ?? (reasonRequired ? 'Reason' : 'Note (optional)')}
          required={reasonRequired}
          description={reasonRequired && minLength > 1 ? `At least ${minLength} characters.` : undefined}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={500}
        />
        {decide.isError &&
          (unknownOutcome ? (
            <AttemptFailedAlert error={decide.error} refused="The server refused this" unknown="No answer from the server" check={unknownOutcome} />
          ) : (
            <ProblemAlert title="The server refused this" error={decide.error} />
          ))}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {dismiss}
          </Button>
          <SendOnceButton
            color={danger ? 'red' : 'teal'}
            disabled={reasonRequired && reason.trim().length < minLength}
            pending={decide.isPending}
            onSend={() => decide.mutate()}
          >
            {confirm}
          </SendOnceButton>
        </Group>
      </Stack>
    </Modal>
  );
}
