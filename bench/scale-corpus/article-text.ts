/**
 * ArticleText: the article is written left to right and every entity name,
 * event trigger and quote is appended through it, so the gold offsets are the
 * positions where the words were actually written (never searched for
 * afterwards, which would find the wrong copy of a repeated name).
 */

export type GoldEntityType = 'Person' | 'Organization' | 'Location';

export interface GoldMention {
  start: number;
  end: number;
  text: string;
  proper: boolean;
  pronoun: boolean;
}

export interface GoldEntity {
  gid: string;
  type: GoldEntityType;
  names: string[];
  mentions: GoldMention[];
  optional?: boolean;
}

export interface GoldEvent {
  gid: string;
  names: string[];
  anchors: { start: number; end: number; text: string }[];
}

export interface GoldQuote {
  gid: string;
  start: number;
  end: number;
  text: string;
  speaker: string | null;
}

export interface GoldRelation {
  type: 'MET' | 'PARTICIPATED_IN' | 'OCCURRED_IN' | 'LOCATED_IN' | 'AFFILIATED_WITH';
  source: string;
  target: string;
  required: boolean;
}

export interface GoldDocument {
  id: string;
  title: string;
  publishedAt: string;
  source: string;
  notes: string;
  entities: GoldEntity[];
  events: GoldEvent[];
  quotes: GoldQuote[];
  relations: GoldRelation[];
}

export class ArticleText {
  private text = '';
  private readonly entities = new Map<string, GoldEntity>();
  private readonly events = new Map<string, GoldEvent>();
  private readonly quotes: GoldQuote[] = [];
  private readonly relations = new Map<string, GoldRelation>();

  get length(): number {
    return this.text.length;
  }

  /** The text written since `start` (the headline, to use as the title). */
  since(start: number): string {
    return this.text.slice(start);
  }

  /** Plain words that name nothing. */
  write(words: string): this {
    this.text += words;
    return this;
  }

  /** Declares an entity (once; later calls add names). Optional entities are neither required nor penalised by the scorer. */
  entity(gid: string, type: GoldEntityType, names: string[], options: { optional?: boolean } = {}): this {
    const existing = this.entities.get(gid);
    if (existing) {
      for (const name of names) if (!existing.names.includes(name)) existing.names.push(name);
      // An entity named outright somewhere is required even if it was first met as an adjective.
      if (!options.optional) delete existing.optional;
      return this;
    }
    this.entities.set(gid, { gid, type, names: [...names], mentions: [], ...(options.optional ? { optional: true } : {}) });
    return this;
  }

  /** Writes `words` as a mention of a declared entity. */
  mention(gid: string, words: string, kind: 'proper' | 'pronoun' | 'adjective' = 'proper'): this {
    const entity = this.entities.get(gid);
    if (!entity) throw new Error(`ArticleText.mention: entity "${gid}" was not declared before its mention "${words}"`);
    entity.mentions.push({ start: this.text.length, end: this.text.length + words.length, text: words, proper: kind === 'proper', pronoun: kind === 'pronoun' });
    this.text += words;
    return this;
  }

  /** Writes an event trigger and anchors the gold event on it. */
  trigger(gid: string, names: string[], words: string): this {
    const event = this.events.get(gid) ?? { gid, names: [], anchors: [] };
    for (const name of names) if (!event.names.includes(name)) event.names.push(name);
    event.anchors.push({ start: this.text.length, end: this.text.length + words.length, text: words });
    this.events.set(gid, event);
    this.text += words;
    return this;
  }

  /** Writes the quoted words (without their marks) and records who said them. */
  quote(speaker: string | null, words: string): this {
    if (speaker !== null && !this.entities.has(speaker)) throw new Error(`ArticleText.quote: speaker "${speaker}" is not a declared entity`);
    this.quotes.push({ gid: `q${this.quotes.length + 1}`, start: this.text.length, end: this.text.length + words.length, text: words, speaker });
    this.text += words;
    return this;
  }

  relation(type: GoldRelation['type'], source: string, target: string, required = true): this {
    // MET is symmetric: one key for both directions.
    const [a, b] = type === 'MET' && target < source ? [target, source] : [source, target];
    const key = `${type}|${a}|${b}`;
    const existing = this.relations.get(key);
    if (existing) existing.required ||= required;
    else this.relations.set(key, { type, source, target, required });
    return this;
  }

  hasEntity(gid: string): boolean {
    return this.entities.has(gid);
  }

  finish(meta: Omit<GoldDocument, 'entities' | 'events' | 'quotes' | 'relations'>): { text: string; gold: GoldDocument } {
    // Declared but never written (e.g. a country only planned for a sentence that was not drawn): not in the gold.
    const entities = [...this.entities.values()].filter((entity) => entity.mentions.length > 0);
    const present = new Set([...entities.map((entity) => entity.gid), ...this.events.keys()]);
    return {
      text: this.text,
      gold: {
        ...meta,
        entities,
        events: [...this.events.values()],
        quotes: this.quotes,
        relations: [...this.relations.values()].filter((r) => present.has(r.source) && present.has(r.target)),
      },
    };
  }
}
