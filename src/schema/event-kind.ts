import { EVENT_KINDS, type EventKind } from '../extract/types';
import { builder } from './builder';

const DESCRIPTIONS: Record<EventKind, string> = {
  MEETING: 'Named parties meet: talks, a visit, a summit, a handshake.',
  NEWS_CONFERENCE: 'A press or news conference, a briefing, a statement to reporters.',
  ATTACK: 'A violent act: attack, bombing, shooting, shelling.',
  NEGOTIATION: 'Negotiations towards an agreement: peace talks, a round of talks, mediation.',
  CEASEFIRE: 'A cease-fire, truce or cessation of hostilities.',
  CONFLICT: 'A war, conflict or armed struggle.',
  ELECTION: 'An election, vote or referendum.',
  OTHER: 'An event of no kind above.',
};

export const EventKindEnum = builder.enumType('EventKind', {
  description: 'What kind of thing an Event is.',
  values: Object.fromEntries(EVENT_KINDS.map((kind) => [kind, { value: kind, description: DESCRIPTIONS[kind] }])) as Record<
    EventKind,
    { value: EventKind; description: string }
  >,
});
