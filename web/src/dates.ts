/** A time of day in the reader's locale: "2:32 PM". */
export const clockTime = (iso: string) => new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

/** A moment as a day and a time of day, in the reader's locale: "Nov 30, 2026, 2:32 PM". */
export const dayAndTime = (iso: string | Date) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A day, in the reader's locale with the month in words, so it reads one way everywhere: "Nov 30, 2026". */
export const day = (iso: string | Date) => new Date(iso).toLocaleDateString(undefined, { dateStyle: 'medium' });

/**
 * A moment with its time zone, where the hour decides something (a commission version takes effect
 * then): "Nov 30, 2026, 2:32 PM GMT+1".
 */
export const dayAndTimeInZone = (iso: string | Date) =>
  new Date(iso).toLocaleString(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' });

/**
 * The reader's time zone, which a date-and-time field is filled in: "Africa/Lagos". Its name, not
 * today's offset: a date chosen across a daylight-saving change is in another one.
 */
export function readerZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone === 'Etc/UTC' ? 'UTC' : zone;
}
