/**
 * Each event's own headers (its trace context) in a message of several events: the message's
 * headers are the first event's, and this one carries every event's, in order, as JSON. Absent when
 * none has any (tracing off), so an untraced message carries nothing extra.
 */
const EVENT_HEADERS = 'ziba-event-headers';

export function withEventHeaders(first: Record<string, string>, each: ReadonlyArray<Record<string, string>>): Record<string, string> {
  return each.length > 1 && each.some((h) => Object.keys(h).length > 0) ? { ...first, [EVENT_HEADERS]: JSON.stringify(each) } : first;
}

/** The events' own headers, by position in the message; undefined when the message carries none. */
export function eventHeadersOf(headers: Record<string, unknown> | undefined): Array<Record<string, string>> | undefined {
  const raw = headers?.[EVENT_HEADERS];
  const text = Buffer.isBuffer(raw) ? raw.toString('utf8') : raw;
  if (typeof text !== 'string') return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? (parsed as Array<Record<string, string>>) : undefined;
  } catch {
    return undefined;
  }
}
