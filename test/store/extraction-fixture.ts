/**
 * Hand-written ExtractionResults for store tests, built from a text of our own:
 * spans are found in the text, so a fixture reads like the article it describes.
 *
 *   const doc = article('Anna Berg met Carl Holm in Varnholm.')
 *     .person('p1', 'Anna Berg')
 *     .person('p2', 'Carl Holm')
 *     .location('l1', 'Varnholm', { gazetteerId: 'city:XX:varnholm' })
 *     .relation('MET', 'p1', 'p2')
 *     .build();
 */
import type {
  EntityType,
  EventKind,
  ExtractedEntity,
  ExtractedQuote,
  ExtractedRelation,
  ExtractionResult,
  LocationKind,
  Sentence,
  Span,
} from '../../src/extract/types';

interface EntityOptions {
  aliases?: string[];
  salience?: number;
  confidence?: number;
  /** Surface forms whose occurrences are the mentions; defaults to the name and aliases. */
  forms?: string[];
  /** Extra pronoun mentions, found in the text like the names. */
  pronouns?: string[];
}

interface PersonOptions extends EntityOptions {
  roles?: { title: string; of?: string }[];
}

interface LocationOptions extends EntityOptions {
  kind?: LocationKind;
  countryCode?: string | null;
  gazetteerId?: string | null;
  within?: string;
  latitude?: number;
  longitude?: number;
}

interface EventOptions extends EntityOptions {
  kind?: EventKind;
  participants?: [string, string | null][];
  locations?: string[];
  time?: { text: string; date: string | null };
}

interface QuoteOptions {
  speaker?: string;
  addressee?: string;
  about?: string[];
  direct?: boolean;
  confidence?: number;
}

interface RelationOptions {
  /** Words of the text that state the relation; defaults to the first sentence naming the source. */
  evidence?: string;
  confidence?: number;
}

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const re = /[^.!?]+[.!?]*["”]?/g;
  let match: RegExpExecArray | null;
  while ((match = re.exec(text)) !== null) {
    const lead = match[0].length - match[0].trimStart().length;
    const body = match[0].trim();
    if (body.length === 0) continue;
    const start = match.index + lead;
    sentences.push({ index: sentences.length, paragraph: 0, start, end: start + body.length });
  }
  return sentences;
}

export class ArticleFixture {
  private readonly entities: ExtractedEntity[] = [];
  private readonly quotes: ExtractedQuote[] = [];
  private readonly relations: ExtractedRelation[] = [];
  private readonly sentences: Sentence[];
  private dateline: string | null = null;

  constructor(
    readonly text: string,
    private readonly meta: { title?: string | null; publishedAt?: string | null } = {},
  ) {
    this.sentences = splitSentences(text);
  }

  person(id: string, name: string, options: PersonOptions = {}): this {
    const entity = this.entity(id, 'Person', name, options);
    entity.roles = (options.roles ?? []).map((role) => ({ title: role.title, ofId: role.of ?? null, evidence: this.spanOf(role.title) }));
    return this;
  }

  organization(id: string, name: string, options: EntityOptions = {}): this {
    this.entity(id, 'Organization', name, options);
    return this;
  }

  location(id: string, name: string, options: LocationOptions = {}): this {
    const entity = this.entity(id, 'Location', name, options);
    entity.location = {
      kind: options.kind ?? 'CITY',
      countryCode: options.countryCode ?? null,
      latitude: options.latitude ?? null,
      longitude: options.longitude ?? null,
      gazetteerId: options.gazetteerId ?? null,
      withinId: options.within ?? null,
      withinName: null,
    };
    return this;
  }

  event(id: string, name: string, options: EventOptions = {}): this {
    const entity = this.entity(id, 'Event', name, options);
    const time = options.time;
    entity.event = {
      kind: options.kind ?? 'MEETING',
      participants: (options.participants ?? []).map(([entityId, role]) => ({ entityId, role })),
      locationIds: options.locations ?? [],
      time: time ? { ...this.spanOf(time.text), text: time.text, date: time.date } : null,
    };
    return this;
  }

  quote(id: string, words: string, options: QuoteOptions = {}): this {
    const span = this.spanOf(words);
    this.quotes.push({
      id,
      ...span,
      text: words,
      direct: options.direct ?? true,
      speakerId: options.speaker ?? null,
      addresseeId: options.addressee ?? null,
      aboutIds: options.about ?? [],
      sentence: this.sentenceAt(span.start),
      rule: 'fixture:quote',
      confidence: options.confidence ?? 0.9,
    });
    return this;
  }

  relation(type: string, sourceId: string, targetId: string, options: RelationOptions = {}): this {
    let span: Span;
    if (options.evidence) span = this.spanOf(options.evidence);
    else {
      const source = this.entities.find((e) => e.id === sourceId);
      const first = source?.mentions[0];
      const sentence = first ? this.sentences[first.sentence] : this.sentences[0];
      span = { start: sentence.start, end: sentence.end };
    }
    this.relations.push({
      id: `r${this.relations.length + 1}`,
      type,
      sourceId,
      targetId,
      ...span,
      rule: 'fixture:relation',
      confidence: options.confidence ?? 0.7,
    });
    return this;
  }

  datelineAt(locationId: string): this {
    this.dateline = locationId;
    return this;
  }

  build(): ExtractionResult {
    return {
      document: {
        id: 'fixture',
        title: this.meta.title ?? null,
        publishedAt: this.meta.publishedAt ?? null,
        datelineLocationId: this.dateline,
      },
      sentences: this.sentences.map((s) => ({ ...s })),
      entities: structuredClone(this.entities),
      quotes: structuredClone(this.quotes),
      relations: structuredClone(this.relations),
    };
  }

  private entity(id: string, type: EntityType, name: string, options: EntityOptions): ExtractedEntity {
    const aliases = options.aliases ?? [];
    const forms = options.forms ?? [name, ...aliases];
    const entity: ExtractedEntity = {
      id,
      type,
      name,
      aliases,
      mentions: [...this.findAll(forms, false), ...this.findAll(options.pronouns ?? [], true)],
      salience: options.salience ?? 0.5,
      rule: 'fixture:entity',
      confidence: options.confidence ?? 0.8,
    };
    this.entities.push(entity);
    return entity;
  }

  /** Every whole-word occurrence of the forms, longest form first, without overlaps. */
  private findAll(forms: string[], pronoun: boolean) {
    const taken: Span[] = [];
    const mentions: ExtractedEntity['mentions'] = [];
    for (const form of [...forms].sort((a, b) => b.length - a.length)) {
      const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu');
      let match: RegExpExecArray | null;
      while ((match = re.exec(this.text)) !== null) {
        const span = { start: match.index, end: match.index + form.length };
        if (taken.some((t) => t.start < span.end && span.start < t.end)) continue;
        taken.push(span);
        mentions.push({
          ...span,
          text: form,
          sentence: this.sentenceAt(span.start),
          rule: 'fixture:mention',
          confidence: 0.8,
          ...(pronoun ? { pronoun: true } : {}),
        });
      }
    }
    return mentions.sort((a, b) => a.start - b.start);
  }

  private spanOf(words: string): Span {
    const start = this.text.indexOf(words);
    if (start < 0) throw new Error(`fixture: "${words}" is not in the text`);
    return { start, end: start + words.length };
  }

  private sentenceAt(offset: number): number {
    const sentence = this.sentences.find((s) => s.start <= offset && offset < s.end);
    return sentence ? sentence.index : 0;
  }
}

export function article(text: string, meta: { title?: string | null; publishedAt?: string | null } = {}): ArticleFixture {
  return new ArticleFixture(text, meta);
}
