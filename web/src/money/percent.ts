/** 1550 basis points -> "15.5%": string operations, like money. */
export function bpsToPercent(bps: number): string {
  const digits = String(bps).padStart(3, '0');
  const fraction = digits.slice(-2).replace(/0+$/, '');
  return `${digits.slice(0, -2)}${fraction ? `.${fraction}` : ''}%`;
}

/** "15.5" typed as a percentage -> 1550 basis points, or null when it is not 0-100 with at most two decimals. */
export function percentToBps(text: string): number | null {
  const match = /^([0-9]{1,3})(?:\.([0-9]{0,2}))?$/.exec(text.trim().replace(/%$/, '').trim());
  if (!match) return null;
  const bps = Number(`${match[1]}${(match[2] ?? '').padEnd(2, '0')}`);
  return bps <= 10_000 ? bps : null;
}
