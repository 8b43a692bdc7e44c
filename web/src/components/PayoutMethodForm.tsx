import { Alert, Button, Group, NativeSelect, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { api } from '../api/client.ts';
import { AnchorLink } from './AnchorLink.tsx';
import { accountNumberProblem, BANK_ACCOUNT_HINTS, bankCodeProblem } from './bank-account-hints.ts';
import { isWalletNumber, mobileMoneyProviders } from './mobile-money.ts';
import { ReasonsAlert } from './ProblemAlert.tsx';
import { SubmitForm } from './SubmitForm.tsx';
import { useFieldProblems } from './use-field-problems.ts';

/** The shape the server takes (the gateway's schema): said on the page rather than as the schema's words. */

type Kind = 'BANK' | 'MOBILE_MONEY';

const EMPTY = { type: 'BANK' as Kind, bankName: '', bankCode: '', provider: '', accountNumber: '', accountName: '' };

/**
 * The fields a refusal can name, by the request's names, in the order they are on the page: the
 * server's words for a bank code, a number (INVALID_BANK_CODE, INVALID_ACCOUNT_NUMBER) or a provider
 * (METHOD_NOT_OFFERED) go under it, with the focus, not in an alert scrolled out of sight on a phone.
 */
type Field = 'bankName' | 'bankCode' | 'provider' | 'accountNumber' | 'accountName';
const FIELDS: Record<Kind, readonly Field[]> = {
  BANK: ['bankName', 'bankCode', 'accountNumber', 'accountName'],
  MOBILE_MONEY: ['provider', 'accountNumber', 'accountName'],
};

/**
 * Add or change the payout account: a bank account, or a mobile-money wallet where the earner's
 * country has providers (bank stays the default). The number goes to the server and is never shown
 * back, only its last four. With an account on file, the form opens from a button: changing it is
 * rare, and empty fields under a working account read as something left to do.
 */
export function PayoutMethodForm({
  earner,
  current,
  currentType,
  currency,
  needsProfile = false,
}: {
  earner: 'driver' | 'restaurant';
  current: string | undefined;
  /** No identity profile yet: the account's name is checked against the legal name in it, so the server would refuse the account. */
  needsProfile?: boolean;
  /** The kind of the account on file: a change starts from the same kind (a bKash wallet's owner is offered mobile money first). */
  currentType?: string;
  currency?: string;
}) {
  const hints = currency ? BANK_ACCOUNT_HINTS[currency] : undefined;
  const providers = mobileMoneyProviders(currency);
  // Empty, but on the kind of the account on file, at first and after each save or cancel.
  const blank = { ...EMPTY, type: currentType === 'MOBILE_MONEY' ? ('MOBILE_MONEY' as Kind) : EMPTY.type };
  const [form, setForm] = useState(blank);
  const [changing, setChanging] = useState(false);
  // Said once an account is saved, until the form opens again: the account's state is above it.
  const [saved, setSaved] = useState(false);
  // The button that opens the form is gone while it is open: focus goes to the form, and back to the button when it closes.
  const [focusChangeButton, setFocusChangeButton] = useState(false);
  const changeButton = useRef<HTMLButtonElement>(null);
  // The button appears once the saved account is read back (`current`), after the form has closed.
  useEffect(() => {
    if (!changing && focusChangeButton) changeButton.current?.focus();
  }, [changing, focusChangeButton, current]);
  // Mobile money only where the country offers it (the currency may still be loading).
  const kind: Kind = providers.length ? form.type : 'BANK';
  const provider = providers.find((p) => p.name === form.provider);
  const problems = useFieldProblems(FIELDS[kind]);
  // A bank code's length is said once the earner leaves the field (or sends the form), not at its first digit.
  const [codeLeft, setCodeLeft] = useState(false);
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
    onMutate: problems.clear,
    onError: problems.refused,
    onSuccess: async () => {
      setForm(blank);
      setCodeLeft(false);
      setChanging(false);
      setSaved(true);
      setFocusChangeButton(true);
      await queryClient.invalidateQueries();
    },
  });
  if (current && !changing)
    return (
      <Stack gap="xs" align="flex-start">
        {saved && (
          <Text role="status" size="sm" fw={500}>
            Your payout account is saved. What it waits for, if anything, is said above.
          </Text>
        )}
        <Button
          ref={changeButton}
          variant="default"
          onClick={() => {
            setSaved(false);
            setChanging(true);
          }}
        >
          Change account
        </Button>
      </Stack>
    );
  // Said before the earner types an account the server would refuse.
  if (!current && needsProfile)
    return (
      <Alert color="yellow" title="Add your identity profile first" role="status">
        The account holder’s name is checked against your legal name, so your payout account can be added once your identity profile is saved on the{' '}
        <AnchorLink to="/onboarding" inherit c="inherit" underline="always" fw={600}>
          Verification
        </AnchorLink>{' '}
        page.
      </Alert>
    );
  const numberProblem = !form.accountNumber
    ? undefined
    : kind === 'BANK'
      ? accountNumberProblem(currency, form.accountNumber)
      : provider && !isWalletNumber(provider, form.accountNumber)
        ? provider.error
        : undefined;
  const codeProblem = kind === 'BANK' ? bankCodeProblem(currency, form.bankCode) : undefined;
  const set = (name: Field) => (e: { currentTarget: { value: string } }) => {
    setForm({ ...form, [name]: e.currentTarget.value });
    problems.edited(name);
  };
  /** An input's ref and its words: the browser's check first, else the server's refusal. */
  const field = (name: Field, own?: string) => {
    const server = problems.field(name);
    return { ref: server.ref, error: own ?? server.error };
  };
  const submit = () => {
    if (numberProblem) return;
    if (codeProblem) {
      setCodeLeft(true);
      problems.focus('bankCode');
      return;
    }
    save.mutate();
  };
  return (
    <SubmitForm onSubmit={submit}>
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {current
            ? `Changing ${current}: withdrawals to a new account open after a waiting period, for your safety; this page then says when.`
            : 'Where your withdrawals are paid. The account name must match your legal name.'}
        </Text>
        {problems.other.length > 0 && <ReasonsAlert title="The account was not saved" reasons={problems.other} />}
        {providers.length > 0 && (
          <Radio.Group
            label="Pay me to"
            value={kind}
            onChange={(type) => {
              setForm({ ...form, type: type as Kind });
              problems.clear();
            }}
          >
            <Group gap="md" mt={4}>
              <Radio value="BANK" label="Bank account" autoFocus={changing && kind === 'BANK'} />
              <Radio value="MOBILE_MONEY" label="Mobile money" autoFocus={changing && kind === 'MOBILE_MONEY'} />
            </Group>
          </Radio.Group>
        )}
        {kind === 'BANK' ? (
          <>
            <TextInput
              label="Bank name"
              required
              value={form.bankName}
              onChange={set('bankName')}
              autoFocus={changing && !providers.length}
              {...field('bankName')}
            />
            <TextInput
              label="Bank code"
              description={hints?.bankCode}
              required
              autoComplete="off"
              value={form.bankCode}
              onChange={set('bankCode')}
              onBlur={() => setCodeLeft(true)}
              {...field('bankCode', codeLeft ? codeProblem : undefined)}
            />
            <TextInput
              label="Account number"
              description={hints?.accountNumber}
              required
              inputMode="numeric"
              autoComplete="off"
              value={form.accountNumber}
              onChange={set('accountNumber')}
              {...field('accountNumber', numberProblem)}
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
              {...field('provider')}
            />
            <TextInput
              label="Wallet number"
              description={provider?.hint ?? 'Choose your provider first: what its wallet number looks like is said here'}
              required
              type="tel"
              inputMode="numeric"
              autoComplete="off"
              value={form.accountNumber}
              onChange={set('accountNumber')}
              {...field('accountNumber', numberProblem)}
            />
          </>
        )}
        <TextInput label="Account name" required value={form.accountName} onChange={set('accountName')} {...field('accountName')} />
        <Group>
          <Button ref={problems.fallback} type="submit" loading={save.isPending} disabled={numberProblem !== undefined}>
            {current ? 'Save new account' : 'Add account'}
          </Button>
          {current && (
            <Button
              variant="default"
              onClick={() => {
                setChanging(false);
                setFocusChangeButton(true);
                setForm(blank);
                setCodeLeft(false);
                problems.clear();
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
