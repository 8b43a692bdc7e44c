import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { api } from '../api/client.ts';
import { BANK_ACCOUNT_HINTS } from './bank-account-hints.ts';
import { ProblemAlert } from './ProblemAlert.tsx';
import { SubmitForm } from './SubmitForm.tsx';

/** The shape the server takes (the gateway's schema): said on the page rather than as the schema's words. */
const ACCOUNT_NUMBER = /^[0-9 -]{6,30}$/;

const EMPTY = { bankName: '', bankCode: '', accountNumber: '', accountName: '' };

/**
 * Add or change the bank account. The number goes to the server and is never shown back, only its
 * last four. With an account on file, the form opens from a button: changing it is rare, and four
 * empty fields under a working account read as something left to do.
 */
export function PayoutMethodForm({ earner, current, currency }: { earner: 'driver' | 'restaurant'; current: string | undefined; currency?: string }) {
  const hints = currency ? BANK_ACCOUNT_HINTS[currency] : undefined;
  const [form, setForm] = useState(EMPTY);
  const [changing, setChanging] = useState(false);
  // The button that opens the form is gone while it is open: focus goes to the form, and back to the button when it closes.
  const [focusChangeButton, setFocusChangeButton] = useState(false);
  const changeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!changing && focusChangeButton) changeButton.current?.focus();
  }, [changing, focusChangeButton]);
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: async () => {
      const { data, error } = await api.POST(`/api/${earner}/bank-account`, { body: { type: 'BANK', ...form } });
      if (error) throw error;
      return data;
    },
    onSuccess: async () => {
      setForm(EMPTY);
      setChanging(false);
      setFocusChangeButton(true);
      await queryClient.invalidateQueries();
    },
  });
  if (current && !changing)
    return (
      <Button ref={changeButton} variant="default" onClick={() => setChanging(true)}>
        Change account
      </Button>
    );
  const numberProblem =
    form.accountNumber && !ACCOUNT_NUMBER.test(form.accountNumber) ? 'Digits only (spaces and dashes are fine), at least 6 of them' : undefined;
  const set = (field: keyof typeof form) => (e: { currentTarget: { value: string } }) => setForm({ ...form, [field]: e.currentTarget.value });
  return (
    <SubmitForm onSubmit={() => !numberProblem && save.mutate()}>
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {current
            ? `Changing ${current}: withdrawals to a new account open after a short waiting period, for your safety.`
            : 'Where your withdrawals are paid. The account name must match your legal name.'}
        </Text>
        {save.isError && <ProblemAlert title="The account was not saved" error={save.error} />}
        <TextInput label="Bank name" required value={form.bankName} onChange={set('bankName')} autoFocus={changing} />
        <TextInput label="Bank code" description={hints?.bankCode} required value={form.bankCode} onChange={set('bankCode')} />
        <TextInput
          label="Account number"
          description={hints?.accountNumber}
          required
          inputMode="numeric"
          autoComplete="off"
          value={form.accountNumber}
          onChange={set('accountNumber')}
          error={numberProblem}
        />
        <TextInput label="Account name" required value={form.accountName} onChange={set('accountName')} />
        <Group>
          <Button type="submit" loading={save.isPending} disabled={numberProblem !== undefined}>
            {current ? 'Save new account' : 'Add account'}
          </Button>
          {current && (
            <Button
              variant="default"
              onClick={() => {
                setChanging(false);
                setFocusChangeButton(true);
                setForm(EMPTY);
                save.reset();
              }}
            >
              Cancel
            </Button>
          )}
        </Group>
      </Stack>
    </SubmitForm>
  );
}
