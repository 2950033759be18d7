/**
 * Event trigger words and the event kind each names, after the ACE 2005
 * Contact:Meet and Conflict:Attack types and the CAMEO consult / negotiate
 * codes. Data only: the events pass matches the longest phrase first, so
 * "peace talks" (a NEGOTIATION) wins over "talks" (a MEETING).
 * `verb` triggers name an event only with a participant next to them
 * ("Kerry met Putin"), never alone ("the plan met resistance").
 */
import type { EventKind } from '../types';

export interface TriggerEntry {
  kind: EventKind;
  /** A verb form: needs a participant next to it. */
  verb?: boolean;
  /** Lower confidence for words that are often not events. */
  weak?: boolean;
  /** The noun that names the event of a verb trigger: "met" -> "meeting". */
  noun?: string;
}

export const EVENT_TRIGGERS: Readonly<Record<string, TriggerEntry>> = {
  // MEETING (ACE Contact:Meet, CAMEO 04 consult)
  talks: { kind: 'MEETING' },
  meeting: { kind: 'MEETING' },
  meetings: { kind: 'MEETING' },
  summit: { kind: 'MEETING' },
  'summit meeting': { kind: 'MEETING' },
  visit: { kind: 'MEETING', weak: true },
  'state visit': { kind: 'MEETING' },
  'official visit': { kind: 'MEETING' },
  consultations: { kind: 'MEETING', weak: true },
  met: { kind: 'MEETING', verb: true, noun: 'meeting' },
  meet: { kind: 'MEETING', verb: true, noun: 'meeting' },
  meets: { kind: 'MEETING', verb: true, noun: 'meeting' },
  'met with': { kind: 'MEETING', verb: true, noun: 'meeting' },
  'shakes hands': { kind: 'MEETING', verb: true, noun: 'meeting' },
  'shook hands': { kind: 'MEETING', verb: true, noun: 'meeting' },
  'shaking hands': { kind: 'MEETING', verb: true, noun: 'meeting' },
  'shake hands': { kind: 'MEETING', verb: true, noun: 'meeting' },
  'held talks': { kind: 'MEETING', verb: true, noun: 'talks' },
  'hold talks': { kind: 'MEETING', verb: true, noun: 'talks' },
  'holds talks': { kind: 'MEETING', verb: true, noun: 'talks' },
  visited: { kind: 'MEETING', verb: true, noun: 'visit' },
  // NEWS_CONFERENCE
  'news conference': { kind: 'NEWS_CONFERENCE' },
  'press conference': { kind: 'NEWS_CONFERENCE' },
  'news briefing': { kind: 'NEWS_CONFERENCE' },
  'press briefing': { kind: 'NEWS_CONFERENCE' },
  'media briefing': { kind: 'NEWS_CONFERENCE' },
  briefing: { kind: 'NEWS_CONFERENCE', weak: true },
  // ATTACK (ACE Conflict:Attack)
  attack: { kind: 'ATTACK' },
  attacks: { kind: 'ATTACK' },
  'terrorist attack': { kind: 'ATTACK' },
  'terrorist attacks': { kind: 'ATTACK' },
  'terror attack': { kind: 'ATTACK' },
  'terror attacks': { kind: 'ATTACK' },
  bombing: { kind: 'ATTACK' },
  bombings: { kind: 'ATTACK' },
  'suicide bombing': { kind: 'ATTACK' },
  'suicide attack': { kind: 'ATTACK' },
  shooting: { kind: 'ATTACK', weak: true },
  'mass shooting': { kind: 'ATTACK' },
  explosion: { kind: 'ATTACK', weak: true },
  blast: { kind: 'ATTACK', weak: true },
  airstrike: { kind: 'ATTACK' },
  airstrikes: { kind: 'ATTACK' },
  'air strike': { kind: 'ATTACK' },
  'air strikes': { kind: 'ATTACK' },
  massacre: { kind: 'ATTACK' },
  ambush: { kind: 'ATTACK' },
  shelling: { kind: 'ATTACK' },
  // NEGOTIATION (CAMEO 046 negotiate, 043 mediate)
  'peace talks': { kind: 'NEGOTIATION' },
  'peace negotiations': { kind: 'NEGOTIATION' },
  'peace process': { kind: 'NEGOTIATION' },
  'peace conference': { kind: 'NEGOTIATION' },
  negotiations: { kind: 'NEGOTIATION' },
  negotiation: { kind: 'NEGOTIATION', weak: true },
  'round of talks': { kind: 'NEGOTIATION' },
  mediation: { kind: 'NEGOTIATION', weak: true },
  // CEASEFIRE
  'cease-fire': { kind: 'CEASEFIRE' },
  ceasefire: { kind: 'CEASEFIRE' },
  'cease fire': { kind: 'CEASEFIRE' },
  truce: { kind: 'CEASEFIRE' },
  armistice: { kind: 'CEASEFIRE' },
  'cessation of hostilities': { kind: 'CEASEFIRE' },
  // CONFLICT
  war: { kind: 'CONFLICT' },
  'civil war': { kind: 'CONFLICT' },
  conflict: { kind: 'CONFLICT' },
  fighting: { kind: 'CONFLICT', weak: true },
  insurgency: { kind: 'CONFLICT' },
  uprising: { kind: 'CONFLICT' },
  clashes: { kind: 'CONFLICT' },
  // ELECTION
  election: { kind: 'ELECTION' },
  elections: { kind: 'ELECTION' },
  'general election': { kind: 'ELECTION' },
  'presidential election': { kind: 'ELECTION' },
  'by-election': { kind: 'ELECTION' },
  referendum: { kind: 'ELECTION' },
  vote: { kind: 'ELECTION', weak: true },
};

/** Words before a trigger that make it figurative or not an event: "heart attack", "price war". */
export const NON_EVENT_BEFORE: readonly string[] = [
  'heart', 'panic', 'asthma', 'anxiety', 'allergy', 'under', 'price', 'bidding', 'culture', 'turf', 'flame',
  'to', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'not', 'did', 'he', 'she', 'it', 'who',
];

/** Words after a trigger that make it something else: "conflict of interest", "war of words". */
export const NON_EVENT_AFTER: readonly string[] = ['of interest', 'of interests', 'of words', 'crimes', 'criminal', 'memorial', 'veteran', 'veterans'];

/** Verbs whose subject takes part in the event named as their object: "the group wrapped up the talks". */
export const PARTICIPATION_VERBS: readonly string[] = [
  'attended', 'attends', 'attend', 'hosted', 'hosts', 'host', 'held', 'holds', 'hold', 'joined', 'joins', 'join',
  'wrapped up', 'opened', 'opens', 'chaired', 'chairs', 'addressed', 'addresses', 'boycotted', 'led', 'leads',
  'carried out', 'launched', 'staged', 'organised', 'organized', 'won', 'contested', 'fought', 'brokered',
];

/** Verbs after which the subject is the host: "Russia hosted the talks". */
export const HOST_VERBS: readonly string[] = ['hosted', 'hosts', 'host', 'held', 'holds', 'hold', 'chaired', 'chairs', 'organised', 'organized', 'staged'];
