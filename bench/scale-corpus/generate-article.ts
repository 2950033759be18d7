/**
 * One article of the scale corpus and its gold: a headline, sometimes a
 * repeated photo caption and a `block` separator (wire-copy mess), a dateline,
 * a lead that names the event, paragraphs of quotes attributed in varied forms
 * ("X said", "said X", "X said: ...", partial quotes, "he added"), pronoun
 * continuations, an organisation's statement and a closing line.
 *
 * Article i is drawn from its own PRNG stream (seed, i), so it is the same
 * whatever N is, and from a cast shared by the corpus, so people recur.
 */
import { ArticleText, type GoldDocument } from './article-text';
import type { Cast, Organisation, Person } from './cast';
import {
  BACKGROUND_SENTENCES, CAPTION_ACTIONS, EVENT_TEMPLATES, INVERTIBLE_SPEECH_VERBS, MONTHS, QUOTE_FRAGMENTS, QUOTE_LINES,
  REPORTED_CLAUSES, SPEECH_VERBS, TOPICS, WEEKDAYS, type EventTemplate,
} from './lexicon-events';
import type { CountryEntry } from './lexicon-places';
import { SPOKESPERSON_TITLES } from './lexicon-people';
import { Random } from './prng';

export interface GeneratedArticle {
  id: string;
  text: string;
  gold: GoldDocument;
}

const AGENCIES = ['Reuters', 'Continental Press', 'Nordwire'] as const;
const EVENT_GID = 'event-main';
const BILATERAL_HEADLINE_VERBS: Partial<Record<EventTemplate['kind'], string>> = {
  talks: 'hold talks on',
  meeting: 'meet amid row over',
  summit: 'meet at summit on',
  visit: 'discuss',
};

const slug = (words: string) => words.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const capitalise = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);

/** Mixes the corpus seed and the article index into one 32-bit stream seed. */
function articleSeed(seed: number, index: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  return (h ^ (h >>> 15)) >>> 0;
}

export function articleId(index: number): string {
  return `scale-${String(index + 1).padStart(6, '0')}`;
}

class ArticleWriter {
  readonly doc = new ArticleText();
  private readonly introduced = new Set<string>();
  private readonly open: string;
  private readonly close: string;
  /** The person the last quote belonged to: "he added" may only follow them. */
  lastSpeaker: Person | null = null;

  constructor(
    readonly random: Random,
    readonly topic: string,
    readonly place: string,
  ) {
    [this.open, this.close] = random.chance(0.3) ? ['\u201c', '\u201d'] : ['"', '"'];
  }

  write(words: string): this {
    this.doc.write(words);
    return this;
  }

  trigger(gid: string, names: string[], words: string): this {
    this.doc.trigger(gid, names, words);
    return this;
  }

  fill(template: string): string {
    return template.replace('{topic}', this.topic).replace('{place}', this.place);
  }

  // ---- places
  countryGid(country: CountryEntry): string {
    return `loc-${slug(country.name)}`;
  }

  country(country: CountryEntry): this {
    this.doc.entity(this.countryGid(country), 'Location', [country.name]).mention(this.countryGid(country), country.name);
    return this;
  }

  /** "Lyon" or, the first time with `withCountry`, "Lyon, France" (and LOCATED_IN). */
  city(city: string, country: CountryEntry, options: { withCountry?: boolean; upper?: boolean } = {}): this {
    const gid = `loc-${slug(city)}`;
    this.doc.entity(gid, 'Location', [city]).mention(gid, options.upper ? city.toUpperCase() : city);
    if (options.withCountry) {
      this.doc.write(', ');
      this.country(country);
      this.doc.relation('LOCATED_IN', gid, this.countryGid(country));
    }
    return this;
  }

  /** "Freedonian" before a title: a mention of the country, optional unless the country is also named. */
  demonym(country: CountryEntry): this {
    const gid = this.countryGid(country);
    this.doc.entity(gid, 'Location', [country.name, country.demonym], { optional: true }).mention(gid, country.demonym, 'adjective');
    return this;
  }

  // ---- organisations
  /** "the Coastal Trade Council (CTC)" the first time, then "the CTC". */
  organisation(org: Organisation, sentenceStart = false): this {
    this.doc.entity(org.gid, 'Organization', org.acronym ? [org.name, org.acronym] : [org.name]);
    // Companies go bare ("Norvik Telecom said"); bodies take the article ("the CTC said").
    if (!org.company) this.doc.write(sentenceStart ? 'The ' : 'the ');
    if (this.introduced.has(org.gid) && org.acronym) {
      this.doc.mention(org.gid, org.acronym);
      return this;
    }
    this.doc.mention(org.gid, org.name);
    if (org.acronym) this.doc.write(' (').mention(org.gid, org.acronym).write(')');
    this.introduced.add(org.gid);
    return this;
  }

  /** The organisation as a modifier without an article: "CTC" once introduced, else its full name. */
  private organisationModifier(org: Organisation): void {
    this.doc.entity(org.gid, 'Organization', org.acronym ? [org.name, org.acronym] : [org.name]);
    this.doc.mention(org.gid, this.introduced.has(org.gid) && org.acronym ? org.acronym : org.name);
  }

  // ---- people
  private declare(person: Person): void {
    const full = `${person.given} ${person.family}`;
    const names = [full, person.family];
    const office = person.office;
    if (office.kind === 'government') names.push(`${office.title} ${full}`, `${office.country.demonym} ${office.title} ${full}`);
    this.doc.entity(person.gid, 'Person', names);
  }

  // "Freedonian President Ana Novak" -> Freedonia, "CTC spokesman Ivan Varga" -> the CTC.
  private affiliate(person: Person): void {
    const office = person.office;
    if (office.kind === 'government') this.doc.relation('AFFILIATED_WITH', person.gid, this.countryGid(office.country));
    else this.doc.relation('AFFILIATED_WITH', person.gid, office.organisation.gid);
  }

  /** Title before the name, usable anywhere in a sentence: "Freedonian Foreign Minister Ana Novak". */
  titled(person: Person): this {
    this.declare(person);
    const full = `${person.given} ${person.family}`;
    const office = person.office;
    if (office.kind === 'government') {
      this.demonym(office.country).write(` ${office.title} `);
    } else if (office.kind === 'organisation') {
      this.organisationModifier(office.organisation);
      this.doc.write(` ${office.title} `);
    } else {
      this.organisationModifier(office.organisation);
      this.doc.write(` ${SPOKESPERSON_TITLES[person.gender]} `);
    }
    this.doc.mention(person.gid, full);
    this.affiliate(person);
    this.introduced.add(person.gid);
    return this;
  }

  /** First mention in full (varied forms), later the family name alone. */
  person(person: Person): this {
    this.declare(person);
    if (this.introduced.has(person.gid)) {
      this.doc.mention(person.gid, person.family);
      return this;
    }
    const office = person.office;
    const full = `${person.given} ${person.family}`;
    if (office.kind === 'government' && this.random.chance(0.2)) {
      // "Prime Minister Ana Novak of Freedonia"
      this.doc.write(`${office.title} `).mention(person.gid, full).write(' of ');
      this.country(office.country);
      this.affiliate(person);
      this.introduced.add(person.gid);
      return this;
    }
    return this.titled(person);
  }

  pronoun(person: Person, sentenceStart: boolean): this {
    const word = person.gender === 'male' ? 'he' : 'she';
    this.declare(person);
    this.doc.mention(person.gid, sentenceStart ? capitalise(word) : word, 'pronoun');
    return this;
  }

  // ---- quotes
  private quoted(speaker: Person, words: string, trailing: string): this {
    this.declare(speaker); // the quote may come before the name: "...," said Novak.
    this.doc.write(this.open).quote(speaker.gid, words).write(`${trailing}${this.close}`);
    return this;
  }

  private readonly usedLines = new Set<string>();

  /** A quote line not yet used in this article (one speaker repeating another word for word reads as a bug). */
  private freshQuoteLine(): string {
    let line = this.random.pick(QUOTE_LINES);
    for (let attempt = 0; attempt < 10 && this.usedLines.has(line); attempt++) line = this.random.pick(QUOTE_LINES);
    this.usedLines.add(line);
    return this.fill(line);
  }

  /** One paragraph of direct speech by `speaker`, in one of several attribution forms. */
  quoteParagraph(speaker: Person): this {
    const line = () => this.freshQuoteLine();
    const form = this.lastSpeaker === speaker && this.random.chance(0.5) ? 'pronoun' : this.random.pick(['after', 'inverted', 'colon', 'partial', 'two'] as const);
    switch (form) {
      case 'pronoun': // "..." he added.
        this.quoted(speaker, line(), ',').write(' ').pronoun(speaker, false).write(` ${this.random.pick(['added', 'said', 'went on'])}.`);
        break;
      case 'after': // "..." Novak said.
        this.quoted(speaker, line(), ',').write(' ').person(speaker).write(` ${this.random.pick(SPEECH_VERBS)}.`);
        break;
      case 'inverted': // "..." said Novak.
        this.quoted(speaker, line(), ',').write(` ${this.random.pick(INVERTIBLE_SPEECH_VERBS)} `);
        if (this.introduced.has(speaker.gid)) this.person(speaker);
        else this.titled(speaker);
        this.doc.write('.');
        break;
      case 'colon': // Novak said: "..."
        this.person(speaker).write(` ${this.random.pick(['said', 'told reporters'])}: `).quoted(speaker, line(), '.');
        break;
      case 'partial': // Novak said the talks had been "a good start".
        this.person(speaker).write(' said the ').trigger(EVENT_GID, [], this.eventWord).write(' had been ');
        this.quoted(speaker, this.random.pick(QUOTE_FRAGMENTS), '').write('.');
        break;
      case 'two': // "...," Novak said. "..."
        this.quoted(speaker, line(), ',').write(' ').person(speaker).write(' said. ').quoted(speaker, line(), '.');
        break;
    }
    this.lastSpeaker = speaker;
    return this;
  }

  /** A third party reacting from elsewhere: In Lyon, Ana Novak told reporters: "...". */
  reaction(person: Person, city: string, country: CountryEntry): this {
    this.doc.write('In ');
    this.city(city, country).write(', ').person(person).write(` ${this.random.pick(['said', 'told reporters'])}: `);
    this.quoted(person, this.freshQuoteLine(), '.');
    this.lastSpeaker = person;
    return this;
  }

  eventWord = 'talks';
}

function drawPerson(cast: Cast, random: Random, exclude: Person[], accept: (p: Person) => boolean = () => true): Person | null {
  for (let attempt = 0; attempt < 200; attempt++) {
    const person = cast.people[cast.popularity.draw(random)];
    // Two people of one family name in an article would make "Novak" ambiguous for the reader and the scorer.
    if (exclude.some((other) => other.family === person.family) || !accept(person)) continue;
    return person;
  }
  return null;
}

function homeCountry(person: Person, cast: Cast, random: Random): CountryEntry {
  const office = person.office;
  if (office.kind === 'government') return office.country;
  if (office.organisation.country) return office.organisation.country;
  return random.pick(cast.countries);
}

function dayPhrase(random: Random): string {
  return random.chance(0.7) ? `on ${random.pick(WEEKDAYS)}` : `on ${random.pick(MONTHS)} ${random.int(1, 28)}`;
}

function publicationDate(index: number): Date {
  return new Date(Date.UTC(2025, 0, 1) + (index % 365) * 86400000);
}

/** The lead sentence: names the event, its place and day, and who took part. */
function writeLead(w: ArticleWriter, template: EventTemplate, a: Person, b: Person, city: string, country: CountryEntry, day: string): void {
  const { doc, random } = w;
  const names = [template.trigger, `${template.trigger} in ${city}`];
  const trig = (words: string) => doc.trigger(EVENT_GID, names, words);
  const cityRef = () => w.city(city, country, { withCountry: random.chance(0.3) });
  switch (template.kind) {
    case 'talks':
      w.person(a);
      doc.write(' and ');
      w.person(b).write(' held ');
      trig('talks').write(' in ');
      cityRef().write(` ${day} on ${w.topic}.`);
      break;
    case 'meeting':
      w.person(a).write(' met ').person(b).write(' in ');
      cityRef().write(`, their first `);
      trig('meeting').write(` since the dispute over ${w.topic} began.`);
      doc.write(` The two spoke ${day}.`);
      break;
    case 'summit':
      w.person(a).write(' met ').person(b).write(' on the sidelines of a ');
      trig('summit').write(' in ');
      cityRef().write(` ${day} dominated by ${w.topic}.`);
      break;
    case 'visit':
      w.person(a).write(' met ').person(b).write(' in ');
      cityRef().write(` ${day} during a two-day `);
      trig('visit').write(` focused on ${w.topic}.`);
      break;
    case 'news conference':
      w.person(a).write(' told a ');
      trig('news conference').write(' in ');
      cityRef().write(` ${day} that ${w.topic} remained the first priority.`);
      break;
    case 'attack':
      doc.write(`At least ${random.int(3, 40)} people were killed in an `);
      trig('attack').write(' on a market in ');
      cityRef().write(` ${day}, `);
      w.person(a).write(' said.');
      break;
    case 'election':
      doc.write('Voters in ');
      w.country(country).write(` go to the polls ${day} in an `);
      trig('election').write(' that ');
      w.person(a).write(` has called a test of ${w.topic}.`);
      break;
  }
  const located = template.kind === 'election' ? w.countryGid(country) : `loc-${slug(city)}`;
  doc.relation('OCCURRED_IN', EVENT_GID, located);
  if (template.bilateral) {
    doc.relation('MET', a.gid, b.gid);
    doc.relation('PARTICIPATED_IN', a.gid, EVENT_GID);
    doc.relation('PARTICIPATED_IN', b.gid, EVENT_GID);
  } else if (template.kind === 'news conference') {
    doc.relation('PARTICIPATED_IN', a.gid, EVENT_GID);
  }
}

/** Paragraph separator: mostly blank lines, sometimes glued sentences as pasted wire copy has them ("said.He"). */
function separator(random: Random): string {
  const roll = random.next();
  return roll < 0.75 ? '\n\n' : roll < 0.92 ? ' ' : '';
}

export function generateArticle(cast: Cast, seed: number, index: number): GeneratedArticle {
  const random = new Random(articleSeed(seed, index));
  const template = random.pick(EVENT_TEMPLATES);
  const a = drawPerson(cast, random, [], (p) => p.office.kind !== 'spokesperson')!;
  const b = drawPerson(cast, random, [a], (p) => p.office.kind !== 'spokesperson') ?? cast.people.find((p) => p.family !== a.family)!;
  const host = random.chance(0.5) ? homeCountry(a, cast, random) : homeCountry(b, cast, random);
  const city = random.pick(host.cities);
  const topic = random.pick(TOPICS);
  const w = new ArticleWriter(random, topic, city);
  w.eventWord = template.trigger;
  const { doc } = w;
  const day = dayPhrase(random);

  // Headline (also the document title).
  const headlineStart = doc.length;
  if (template.bilateral) {
    w.doc.entity(a.gid, 'Person', [`${a.given} ${a.family}`, a.family]).mention(a.gid, a.family).write(', ');
    w.doc.entity(b.gid, 'Person', [`${b.given} ${b.family}`, b.family]).mention(b.gid, b.family).write(` ${BILATERAL_HEADLINE_VERBS[template.kind]} ${topic}`);
  } else if (template.kind === 'attack') {
    doc.write('Attack in ');
    w.city(city, host).write(` kills ${random.int(3, 40)}, `);
    w.doc.entity(a.gid, 'Person', [`${a.given} ${a.family}`, a.family]).mention(a.gid, a.family).write(' vows response');
  } else {
    w.doc.entity(a.gid, 'Person', [`${a.given} ${a.family}`, a.family]).mention(a.gid, a.family).write(` under pressure over ${topic}`);
  }
  const title = doc.since(headlineStart);
  doc.write('\n\n');

  // A photo caption, sometimes repeated and followed by `block`, as pasted wire copy has it.
  if (template.bilateral && random.chance(0.35)) {
    const action = random.pick(CAPTION_ACTIONS);
    const copies = random.chance(0.6) ? 2 : 1;
    for (let copy = 0; copy < copies; copy++) {
      w.titled(a).write(`, left, ${action} `).titled(b).write(' in ').city(city, host).write(` ${day}.\n`);
    }
    if (copies === 2) doc.write('block\n');
    doc.write('\n');
  }

  // Dateline.
  const agency = random.pick(AGENCIES);
  const published = publicationDate(index);
  const datelineForm = random.next();
  w.city(city, host, { upper: true });
  if (datelineForm < 0.6) doc.write(' (').entity(`org-${slug(agency)}`, 'Organization', [agency]).mention(`org-${slug(agency)}`, agency).write(') - ');
  else if (datelineForm < 0.85) doc.write(`, ${MONTHS[published.getUTCMonth()]} ${published.getUTCDate()} (`).entity(`org-${slug(agency)}`, 'Organization', [agency]).mention(`org-${slug(agency)}`, agency).write(') - ');
  else doc.write(' - ');

  writeLead(w, template, a, b, city, host, day);

  // Quotes: the principals, sometimes a spokesperson of a body.
  const spokesperson = random.chance(0.4) ? drawPerson(cast, random, [a, b], (p) => p.office.kind === 'spokesperson') : null;
  const paragraphs = random.int(3, 6);
  for (let i = 0; i < paragraphs; i++) {
    doc.write(separator(random));
    const speaker = i === 0 ? a : random.chance(0.5) ? w.lastSpeaker ?? a : random.pick([a, b]);
    w.quoteParagraph(speaker);
    if (random.chance(0.3)) {
      doc.write(' ');
      w.pronoun(speaker, true).write(` also said ${w.fill(random.pick(REPORTED_CLAUSES))}.`);
    }
  }

  if (random.chance(0.6)) {
    const third = drawPerson(cast, random, [a, b], (p) => p.office.kind !== 'spokesperson');
    const from = random.pick(cast.countries);
    if (third) w.write(separator(random)).reaction(third, random.pick(from.cities), from);
  }

  for (const sentence of random.sample(BACKGROUND_SENTENCES, random.int(1, 2))) doc.write(separator(random) + w.fill(sentence));

  if (spokesperson && spokesperson.office.kind === 'spokesperson') {
    const org = spokesperson.office.organisation;
    doc.write(separator(random));
    w.organisation(org, true).write(` said in a statement ${dayPhrase(random)} that it was ready to help on ${topic}.`);
    doc.write(' ');
    w.lastSpeaker = null;
    w.quoteParagraph(spokesperson);
  }

  // Closing line: where a principal goes next (another place in the graph).
  const next = random.pick(cast.countries);
  doc.write(separator(random));
  w.person(b).write(' is due to travel to ');
  w.city(random.pick(next.cities), next, { withCountry: random.chance(0.5) }).write(' next week.\n');

  const id = articleId(index);
  const { text, gold } = doc.finish({
    id,
    title,
    publishedAt: published.toISOString().slice(0, 10),
    source: `newsgraph scale corpus generator (bench/scale-corpus), seed ${seed}`,
    notes: 'Generated; offsets recorded as the text was written. Countries named only by an adjective are optional.',
  });
  return { id, text, gold };
}
