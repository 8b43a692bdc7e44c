import { Button, Group, Modal, Stack, Text, type ModalProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { SendOnceButton } from './SendOnceButton.tsx';

/**
 * The last step before money moves: a question naming the amount (what a screen reader says first,
 * and Enter does not move money by itself), a sentence on what follows, Cancel, and the action.
 * `modalProps` for a form that places the focus itself once it closes.
 */
export function ConfirmMoneyDialog({
  opened,
  title,
  question,
  note,
  action,
  pending,
  onConfirm,
  onClose,
  modalProps,
  dismiss = 'Cancel',
  danger = false,
}: {
  opened: boolean;
  title: string;
  question: ReactNode;
  note: string;
  action: string;
  pending: boolean;
  onConfirm: () => void;
  onClose: () => void;
  modalProps?: Partial<ModalProps>;
  /** The way back's words, where "Cancel" would read as the action (cancelling an order: "Keep order"). */
  dismiss?: string;
  /** An action that cannot be undone and takes something away: in red. */
  danger?: boolean;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered {...modalProps}>
      {opened && (
        <Stack>
          <Text data-autofocus tabIndex={-1}>
            {question}
          </Text>
          <Text size="sm" c="dimmed">
            {note}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {dismiss}
            </Button>
            <SendOnceButton color={danger ? 'red' : undefined} pending={pending} onSend={onConfirm}>
              {action}
            </SendOnceButton>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
