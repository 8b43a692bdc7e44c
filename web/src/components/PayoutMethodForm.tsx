import { Button, Group, NativeSelect, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { api } from '../api/client.ts';
import { BANK_ACCOUNT_HINTS } from './bank-account-hints.ts';
import { isWalletNumber, mobileMoneyProviders } from './mobile-money.ts';
import { ProblemAlert } from './ProblemAlert.tsx';
import { SubmitForm } from './SubmitForm.tsx';

/** The shape the server takes (the gateway's schema): said on the page rather than as the schema's words. */
const ACCOUNT_NUMBER = /^[0-9 -]{6,30}$/;

type Kind = 'BANK' | 'MOBILE_MONEY';

const EMPTY = { type: 'BANK' as Kind, bankName: '', bankCode: '', provider: '', accountNumber: '', accountName: '' };

/**
 * Add or change the payout account: a bank account, or a mobile-money wallet where the earner's
 * country has providers (bank stays the default). The number goes to the server and is never shown
 * back, only its last four. With an account on file, the form opens from a button: changing it is
 * rare, and empty fields under a working account read as something left to do.
 */
export function PayoutMethodForm({ earner, current, currency }: { earner: 'driver' | 'restaurant'; current: string | undefined; currency?: string }) {
  const hints = currency ? BANK_ACCOUNT_HINTS[currency] : undefined;
  const providers = mobileMoneyProviders(currency);
  const [form, setForm] = useState(EMPTY);
  const [changing, setChanging] = useState(false);
  // The button that opens the form is gone while it is open: focus goes to the form, and back to the button when it closes.
  const [focusChangeButton, setFocusChangeButton] = useState(false);
  const changeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!changing && focusChangeButton) changeButton.current?.focus();
  }, [changing, focusChangeButton]);
  // Mobile money only where the country offers it (the currency may still be loading).
  const kind: Kind = providers.length ? form.type : 'BANK';
  const provider = providers.find((p) => p.name === form.provider);
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: async () => {
      const { accountNumber, accountName, bankName, bankCode } = form;
      const body =
        kind === 'MOBILE_MONEY'
          ? { type: kind, provider: form.provider, accountNumber, accountName }
          : { type: kind, bankName, bankCode, accountNumber, accountName };
      const { data, error } = await api.POST(`/api/${earner}/bank-account`, { body });
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
  const numberProblem = !form.accountNumber
    ? undefined
    : kind === 'BANK'
      ? ACCOUNT_NUMBER.test(form.accountNumber)
        ? undefined
        : 'Digits only (spaces and dashes are fine), at least 6 of them'
      : provider && !isWalletNumber(provider, form.accountNumber)
        ? provider.error
        : undefined;
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
        {providers.length > 0 && (
          <Radio.Group label="Pay me to" value={kind} onChange={(type) => setForm({ ...form, type: type as Kind })}>
            <Group gap="md" mt={4}>
              <Radio value="BANK" label="Bank account" autoFocus={changing && kind === 'BANK'} />
              <Radio value="MOBILE_MONEY" label="Mobile money" autoFocus={changing && kind === 'MOBILE_MONEY'} />
            </Group>
          </Radio.Group>
        )}
        {kind === 'BANK' ? (
          <>
            <TextInput label="Bank name" required value={form.bankName} onChange={set('bankName')} autoFocus={changing && !providers.length} />
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
          </>
        ) : (
          <>
            <NativeSelect
              label="Provider"
              required
              value={form.provider}
              onChange={set('provider')}
              data={[{ value: '', label: 'Choose your provider', disabled: true }, ...providers.map((p) => ({ value: p.name, label: p.name }))]}
            />
            <TextInput
              label="Wallet number"
              description={provider?.hint ?? 'The mobile number of your wallet'}
              required
              type="tel"
              inputMode="numeric"
              autoComplete="off"
              value={form.accountNumber}
              onChange={set('accountNumber')}
              error={numberProblem}
            />
          </>
        )}
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
