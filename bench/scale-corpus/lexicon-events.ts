/**
 * Events, topics, quotes and the words around them, written for the scale
 * corpus generator (data only). Templates use {slots} that generate-article.ts
 * fills; nothing here names a person, organisation or place.
 */

export type EventKind = 'meeting' | 'talks' | 'summit' | 'visit' | 'news conference' | 'attack' | 'election';

export interface EventTemplate {
  kind: EventKind;
  /** The trigger word(s) the gold event is anchored on. */
  trigger: string;
  /** Two principals meet at it (MET between them). */
  bilateral: boolean;
}

export const EVENT_TEMPLATES: readonly EventTemplate[] = [
  { kind: 'meeting', trigger: 'meeting', bilateral: true },
  { kind: 'talks', trigger: 'talks', bilateral: true },
  { kind: 'summit', trigger: 'summit', bilateral: true },
  { kind: 'visit', trigger: 'visit', bilateral: true },
  { kind: 'news conference', trigger: 'news conference', bilateral: false },
  { kind: 'attack', trigger: 'attack', bilateral: false },
  { kind: 'election', trigger: 'election', bilateral: false },
];

/** What the talks are about: "talks on {topic}". */
export const TOPICS = [
  'grain exports', 'border security', 'energy prices', 'a new trade agreement', 'fishing rights',
  'the refugee crisis', 'debt relief', 'a ceasefire', 'water sharing', 'pipeline tariffs',
  'cyber security', 'vaccine supplies', 'rail links', 'climate finance', 'prisoner exchanges',
] as const;

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/**
 * Words a speaker says, with {topic} and {place} slots. Each is one or two
 * sentences with no quote marks inside, ready to be quoted whole.
 */
export const QUOTE_LINES = [
  'We have made real progress on {topic}, but a great deal of work remains',
  'Nobody should expect a breakthrough overnight',
  'Our position on {topic} has not changed and it will not change',
  'This is a difficult moment, and we need calm heads on all sides',
  'The people of {place} deserve better than empty promises',
  'We came here to listen, and we listened',
  'I am confident that we can reach an agreement on {topic} before the end of the year',
  'There are still serious differences between us',
  'We will not accept any deal that puts our farmers at a disadvantage',
  'The door to dialogue remains open',
  'These talks were frank and, at times, difficult',
  'What happened in {place} is a tragedy for every family there',
  'We are ready to do our part, and we expect others to do theirs',
  'The next few weeks will be decisive',
  'We have agreed to meet again soon',
  'Every vote will be counted, and every vote will count',
  'It is too early to say who was behind this',
  'The markets need certainty on {topic}, and they need it now',
] as const;

/** Short phrases quoted inside a sentence: the talks were "{fragment}". */
export const QUOTE_FRAGMENTS = [
  'constructive and open', 'a step in the right direction', 'deeply worrying', 'unacceptable',
  'long overdue', 'a good start', 'very serious and complicated', 'far from over',
] as const;

/** Speech verbs for "X said" / "said X" forms, in the past tense. */
export const SPEECH_VERBS = ['said', 'told reporters', 'added', 'stressed', 'warned', 'insisted', 'noted'] as const;
/** Verbs that may invert: "said Novak". */
export const INVERTIBLE_SPEECH_VERBS = ['said', 'added', 'insisted'] as const;

/** Reported-speech continuations after a pronoun: "He also said {clause}." */
export const REPORTED_CLAUSES = [
  'that both sides would keep working on {topic}',
  'that the government was ready to offer new guarantees',
  'that further meetings were planned for the coming weeks',
  'that the government had spoken to partners in {place}',
  'that no decision had yet been taken',
] as const;

/** Background sentences with no entities in them, for realistic length. */
export const BACKGROUND_SENTENCES = [
  'The talks come after months of tension over {topic}.',
  'Prices rose sharply in the weeks before the announcement.',
  'Both governments have faced criticism at home over {topic}.',
  'Similar efforts collapsed last year amid mutual accusations.',
  'Trade between the two countries has fallen by nearly a third since last spring.',
  'Observers said turnout was higher than expected.',
  'Security was tight across the capital.',
] as const;

/** Photo captions: the wire copy repeats them before the story. */
export const CAPTION_ACTIONS = ['shakes hands with', 'speaks with', 'walks with', 'listens to'] as const;
