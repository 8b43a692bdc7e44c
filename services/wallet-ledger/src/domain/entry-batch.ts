import { applyEntry, type AppliedEntry, type BoundLeg } from './apply-entry.ts';
import type { Balances, EntryDraft, Hold } from './ledger-model.ts';

/**
 * Several entries applied one after another on the same locked rows, as if each had its own
 * transaction in that order: each sees the balances and holds the entries before it left. An entry
 * the rules refuse leaves the state as it was, so the others go on. No I/O: the caller locks the
 * rows, and writes `changes()` with the accepted entries in one statement.
 */
export class EntryBatch {
  private readonly balances: Map<string, Balances>;
  private readonly holds = new Map<string, Hold>();
  private readonly opened = new Set<string>();

  constructor(locked: ReadonlyMap<string, Balances>) {
    this.balances = new Map(locked);
  }

  /** The current balances, for a caller's own rule (e.g. nothing held before a top-up). */
  get current(): ReadonlyMap<string, Balances> {
    return this.balances;
  }

  /** Applies one entry on top of the earlier ones; throws the rule's error and changes nothing when refused. */
  apply(draft: EntryDraft, legs: BoundLeg[], lockedHolds: ReadonlyMap<string, Hold>): AppliedEntry {
    // A hold an earlier entry of the batch opened or moved is seen as that entry left it.
    const holds = new Map(lockedHolds);
    for (const id of [...lockedHolds.keys(), ...(draft.openHold ? [draft.openHold.id] : []), ...legs.flatMap((l) => (l.holdId ? [l.holdId] : []))]) {
      const mine = this.holds.get(id);
      if (mine) holds.set(id, mine);
    }
    const applied = applyEntry(draft, legs, this.balances, holds);
    for (const [key, b] of applied.balances) this.balances.set(key, b);
    for (const [id, h] of applied.holds) {
      this.holds.set(id, h);
      if (draft.openHold?.id === id) this.opened.add(id);
    }
    return applied;
  }

  /** The final state of every row the accepted entries touched: balances, holds to insert, holds to update. */
  changes(touched: Iterable<string>): { balances: Map<string, Balances>; openedHolds: Hold[]; changedHolds: Hold[] } {
    const balances = new Map([...new Set(touched)].map((key) => [key, this.balances.get(key)!]));
    const all = [...this.holds.values()];
    return { balances, openedHolds: all.filter((h) => this.opened.has(h.id)), changedHolds: all.filter((h) => !this.opened.has(h.id)) };
  }
}
