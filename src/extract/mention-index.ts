/**
 * A position index over the entity mentions of one document, for the passes
 * after coreference (attribution, events, relations) that ask "which entity is
 * named here?", "what was named last before this point?". Sorted once;
 * queries are binary searches, so passes stay linear-logarithmic on long text.
 */
import type { EntityType, ExtractedEntity } from './types';

export interface IndexedMention {
  start: number;
  end: number;
  entityId: string;
  type: EntityType;
  pronoun: boolean;
  gender: 'male' | 'female' | null;
}

export class MentionIndex {
  /** Sorted by start, longest first; nested mentions ("US" inside "US Secretary ... Kerry") removed. */
  readonly mentions: IndexedMention[];
  readonly byId: Map<string, ExtractedEntity>;

  constructor(entities: ExtractedEntity[]) {
    this.byId = new Map(entities.map((e) => [e.id, e]));
    const all: IndexedMention[] = [];
    for (const e of entities) {
      if (e.type === 'Event') continue;
      for (const m of e.mentions ?? []) {
        if (!(m.end > m.start)) continue;
        all.push({ start: m.start, end: m.end, entityId: e.id, type: e.type, pronoun: !!m.pronoun, gender: e.gender ?? null });
      }
    }
    all.sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: IndexedMention[] = [];
    let reach = -1;
    for (const m of all) {
      if (m.start < reach) continue;
      kept.push(m);
      reach = m.end;
    }
    this.mentions = kept;
  }

  /** Index of the first mention starting at or after `offset`. */
  firstFrom(offset: number): number {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Mentions lying wholly inside [start, end). */
  within(start: number, end: number): IndexedMention[] {
    const out: IndexedMention[] = [];
    for (let i = this.firstFrom(start); i < this.mentions.length && this.mentions[i].start < end; i++) {
      if (this.mentions[i].end <= end) out.push(this.mentions[i]);
    }
    return out;
  }

  /** The mention that starts exactly at `offset`, if any. */
  startingAt(offset: number): IndexedMention | null {
    const i = this.firstFrom(offset);
    return i < this.mentions.length && this.mentions[i].start === offset ? this.mentions[i] : null;
  }

  /** Mentions ending at or before `offset`, nearest first, while `keep` says go on (bounded by `limit`). */
  before(offset: number, from: number, limit = 50): IndexedMention[] {
    const out: IndexedMention[] = [];
    for (let i = this.firstFrom(offset) - 1; i >= 0 && out.length < limit; i--) {
      const m = this.mentions[i];
      if (m.start < from) break;
      if (m.end <= offset) out.push(m);
    }
    return out;
  }
}
