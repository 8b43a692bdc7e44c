/** A time of day in the reader's locale: "2:32 PM". */
export const clockTime = (iso: string) => new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

/** A moment as a day and a time of day, in the reader's locale: "Nov 30, 2026, 2:32 PM". */
export const dayAndTime = (iso: string | Date) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A day, in the reader's locale with the month in words, so it reads one way everywhere: "Nov 30, 2026". */
export const day = (iso: string | Date) => new Date(iso).toLocaleDateString(undefined, { dateStyle: 'medium' });
