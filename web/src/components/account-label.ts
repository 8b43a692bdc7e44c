/**
 * A payout account as a confirmation or a list names it: its bank or provider and its masked number
 * ("Zenith Bank ****1234"), so four digits are never all a person has to recognise it by. `fallback`
 * when there is no account; the institution alone is never enough.
 */
export function accountLabel(institution: string | null | undefined, masked: string | null | undefined, fallback: string): string {
  if (!masked) return fallback;
  return institution ? `${institution} ${masked}` : masked;
}
