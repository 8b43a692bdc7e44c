import { dayRangeProblem } from '../day-range.ts';
import { kindWord } from '../person.ts';
import { AUDIT_ACTIONS } from './audit-words.ts';

/** The audit trail's filters, as the URL carries them; anything the API would refuse is dropped. */
export interface AuditSearch {
  entityType?: string;
  entityId?: string;
  actorId?: string;
  action?: string;
  /** YYYY-MM-DD, the first and last day (UTC) of the range. */
  from?: string;
  to?: string;
}

const text = (v: unknown, pattern: RegExp, max: number) => (typeof v === 'string' && v.length <= max && pattern.test(v) ? v : undefined);
const DAY = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;

export const parseAuditSearch = (s: Record<string, unknown>): AuditSearch => ({
  entityType: text(s.entityType, /^[a-z_]+$/, 60),
  entityId: text(s.entityId, /^\S+$/, 100),
  actorId: text(s.actorId, /^\S+$/, 100),
  action: text(s.action, /^[A-Z_]+$/, 60),
  from: text(s.from, DAY, 10),
  to: text(s.to, DAY, 10),
});

/** The API's query: whole UTC days, `to` included up to its last millisecond. */
export function auditQuery(s: AuditSearch) {
  return {
    ...(s.entityType ? { entityType: s.entityType } : {}),
    ...(s.entityId ? { entityId: s.entityId } : {}),
    ...(s.actorId ? { actorId: s.actorId } : {}),
    ...(s.action ? { action: s.action } : {}),
    ...(s.from ? { from: `${s.from}T00:00:00.000Z` } : {}),
    ...(s.to ? { to: `${s.to}T23:59:59.999Z` } : {}),
  };
}

/**
 * A filter as typed, in the form the trail keeps it: an action in capitals with underscores
 * ("payout status changed" -> PAYOUT_STATUS_CHANGED), an entity type in lower case
 * ("Payout method" -> payout_method), ids and dates trimmed. What still cannot be one is said per field.
 */
export function typedAuditSearch(typed: AuditSearch): { search: AuditSearch; problems: Partial<Record<keyof AuditSearch, string>> } {
  const words = (v: string | undefined) => v?.trim().replace(/[\s-]+/g, '_') || undefined;
  const search: AuditSearch = {
    entityType: words(typed.entityType)?.toLowerCase(),
    entityId: typed.entityId?.trim() || undefined,
    actorId: typed.actorId?.trim() || undefined,
    action: words(typed.action)?.toUpperCase(),
    from: typed.from || undefined,
    to: typed.to || undefined,
  };
  const kept = parseAuditSearch(search as Record<string, unknown>);
  const problems: Partial<Record<keyof AuditSearch, string>> = {};
  if (search.entityType && !kept.entityType) problems.entityType = 'Letters only, like Payout or Journal entry';
  if (search.action && !kept.action) problems.action = 'Letters only, like Payout status changed';
  else if (kept.action) {
    // The start of several actions ("Payout") matches none by itself: say which it could be.
    const known = AUDIT_ACTIONS as readonly string[];
    const starting = known.filter((a) => a.startsWith(`${kept.action}_`));
    if (!known.includes(kept.action) && starting.length) problems.action = `Pick one: ${starting.map(kindWord).join(', ')}`;
  }
  if (search.entityId && !kept.entityId) problems.entityId = 'One id, without spaces';
  if (search.actorId && !kept.actorId) problems.actorId = 'One id, without spaces';
  const range = dayRangeProblem(search);
  if (range) problems.to = range;
  return { search: kept, problems };
}
