/** The Monday (UTC) of the week `d` is in, as YYYY-MM-DD, `weeksBack` weeks earlier. Weeks start on Monday, as the server counts them. */
function mondayUtc(d: Date, weeksBack = 0): string {
  const monday = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - ((d.getUTCDay() + 6) % 7) - 7 * weeksBack));
  return monday.toISOString().slice(0, 10);
}

/** The Monday (UTC, YYYY-MM-DD) of the last week that has ended: what a weekly run normally does. */
export const lastEndedWeek = (now = new Date()): string => mondayUtc(now, 1);

/** The Monday (YYYY-MM-DD) of the week a day (YYYY-MM-DD, UTC) is in: the week a run for that day does. */
export function mondayOf(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? day : mondayUtc(d);
}

/** Whether the week a day (YYYY-MM-DD) is in has ended by `now`: a run is for an ended week only (the server refuses others). Dates compare as strings. */
export const weekHasEnded = (day: string, now = new Date()): boolean => mondayOf(day) <= lastEndedWeek(now);
