/** The Monday (UTC, YYYY-MM-DD) of the last week that has ended: what a weekly run normally does. */
export function lastEndedWeek(now = new Date()): string {
  const day = (now.getUTCDay() + 6) % 7; // Monday 0 ... Sunday 6
  const monday = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - day - 7));
  return monday.toISOString().slice(0, 10);
}

/** The Monday (YYYY-MM-DD) of the week a day (YYYY-MM-DD, UTC) is in: the week a run for that day does, as the server counts it. */
export function mondayOf(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return day;
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}
