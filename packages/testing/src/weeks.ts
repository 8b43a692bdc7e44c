/** The Monday (YYYY-MM-DD, UTC) of the week `weeksAgo` weeks before this one: weekly runs take only ended weeks. */
export function endedWeek(weeksAgo = 1, now = new Date()): string {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7) - 7 * weeksAgo);
  return d.toISOString().slice(0, 10);
}
