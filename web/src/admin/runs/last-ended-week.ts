/** The Monday (UTC, YYYY-MM-DD) of the last week that has ended: what a weekly run normally does. */
export function lastEndedWeek(now = new Date()): string {
  const day = (now.getUTCDay() + 6) % 7; // Monday 0 ... Sunday 6
  const monday = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - day - 7));
  return monday.toISOString().slice(0, 10);
}
