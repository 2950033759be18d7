/**
 * Filters and sort orders of the analyst API: the input types and enums added
 * as optional `filter` / `orderBy` arguments on the root lists and relation
 * connections, and their translation to the store's conditions. Filtering,
 * sorting and totalCount all run in the store (SQL), never on loaded rows.
 */
import { ENTITY_TYPES, type EntityType } from '../extract/types';
import type {
  DateRange,
  DocumentOrder,
  DocumentWhere,
  EntityOrder,
  EntityWhere,
  MentionWhere,
  QuoteOrder,
  QuoteWhere,
  RelationOrder,
  RelationWhere,
} from '../store/store';
import { badUserInput } from './bad-user-input';
import { builder } from './builder';
import { EntityTypeEnum } from './entity-type';
import { EventKindEnum } from './event-kind';
import { RelationTypeEnum, type RelationTypeValue } from './relation-type';

// ---- inputs ------------------------------------------------------------------

export const DateRangeInput = builder.inputType('DateRange', {
  description:
    'Dates from..to, both included, as YYYY-MM-DD, YYYY-MM or YYYY ("2015-03" is all of March 2015); an end left out is open.',
  fields: (t) => ({
    from: t.string({ description: 'First date of the range (YYYY-MM-DD, YYYY-MM or YYYY).' }),
    to: t.string({ description: 'Last date of the range, included (YYYY-MM-DD, YYYY-MM or YYYY).' }),
  }),
});

export const EntityFilterInput = builder.inputType('EntityFilter', {
  description: 'Conditions on entities; all given conditions must hold. Names are compared without case or accents.',
  fields: (t) => ({
    nameContains: t.string({ description: 'The name or an alias contains these letters ("lavr" finds Sergey Lavrov).' }),
    namePrefix: t.string({ description: 'The name or an alias starts with this ("serg").' }),
    types: t.field({ type: [EntityTypeEnum], description: 'Only entities of these types.' }),
    document: t.globalID({ description: 'Only entities the document with this id mentions.' }),
    published: t.field({ type: DateRangeInput, description: 'Only entities mentioned in a document published in this range.' }),
    roleTitle: t.string({
      description: 'Only people holding a role whose title has these whole words ("foreign minister", "secretary of state").',
    }),
  }),
});

export const EventFilterInput = builder.inputType('EventFilter', {
  description: 'Conditions on events; all given conditions must hold.',
  fields: (t) => ({
    nameContains: t.string({ description: 'The name contains these letters ("talks").' }),
    namePrefix: t.string({ description: 'The name starts with this.' }),
    kinds: t.field({ type: [EventKindEnum], description: 'Only events of these kinds.' }),
    date: t.field({ type: DateRangeInput, description: 'Only events dated in this range (an event dated by month or year overlaps it).' }),
    place: t.globalID({ description: 'Only events that took place at this Location.' }),
    participant: t.globalID({ description: 'Only events in which this entity took part.' }),
    document: t.globalID({ description: 'Only events the document with this id reports.' }),
    published: t.field({ type: DateRangeInput, description: 'Only events reported in a document published in this range.' }),
  }),
});

export const QuoteFilterInput = builder.inputType('QuoteFilter', {
  description: 'Conditions on quotes; all given conditions must hold. Words are compared without case or accents.',
  fields: (t) => ({
    speaker: t.globalID({ description: 'Only quotes spoken by this entity (a Person or Organization id).' }),
    speakerNameContains: t.string({ description: 'Only quotes whose speaker\'s name or alias contains these letters ("kerry").' }),
    speakerRoleTitle: t.string({ description: 'Only quotes whose speaker holds a role with these whole words ("secretary of state").' }),
    contains: t.string({ description: 'Only quotes whose text contains these letters (for ranked word search use `searchQuotes`).' }),
    document: t.globalID({ description: 'Only quotes of the document with this id.' }),
    published: t.field({ type: DateRangeInput, description: 'Only quotes of documents published in this range.' }),
    direct: t.boolean({ description: 'true: only direct quotes (in quotation marks); false: only reported speech.' }),
    about: t.globalID({ description: 'Only quotes about this entity.' }),
  }),
});

export const DocumentFilterInput = builder.inputType('DocumentFilter', {
  description: 'Conditions on documents; all given conditions must hold.',
  fields: (t) => ({
    titleContains: t.string({ description: 'The title contains these letters (without case or accents).' }),
    published: t.field({ type: DateRangeInput, description: 'Only documents published in this range.' }),
    mentions: t.globalID({ description: 'Only documents that mention this entity.' }),
  }),
});

export const MentionFilterInput = builder.inputType('MentionFilter', {
  description: 'Conditions on mentions; all given conditions must hold.',
  fields: (t) => ({
    document: t.globalID({ description: 'Only mentions in the document with this id.' }),
    published: t.field({ type: DateRangeInput, description: 'Only mentions in documents published in this range.' }),
  }),
});

export const RelationFilterInput = builder.inputType('RelationFilter', {
  description: 'Conditions on relations; all given conditions must hold.',
  fields: (t) => ({
    types: t.field({ type: [RelationTypeEnum], description: 'Only relations of these types (core types; OTHER matches nothing here).' }),
    with: t.globalID({ description: 'Only relations with this entity at an end (the other end, on an entity\'s own relations).' }),
    document: t.globalID({ description: 'Only relations stated in the document with this id.' }),
    published: t.field({ type: DateRangeInput, description: 'Only relations stated in a document published in this range.' }),
    minConfidence: t.float({ description: 'Only relations at least this sure, 0..1.' }),
  }),
});

// ---- sort orders ---------------------------------------------------------------

export const EntitySortEnum = builder.enumType('EntitySort', {
  description: 'Order of an entity list.',
  values: {
    MENTIONS: { value: 'MENTIONS', description: 'Most mentioned first, then by name.' },
    NAME: { value: 'NAME', description: 'By name, A to Z, ignoring case and accents.' },
    SALIENCE: { value: 'SALIENCE', description: 'Most salient (central to its articles) first.' },
    DATE_DESC: { value: 'DATE_DESC', description: 'Events by date, latest first; undated entities last.' },
    DATE_ASC: { value: 'DATE_ASC', description: 'Events by date, earliest first; undated entities last.' },
  } as const satisfies Record<EntityOrder, unknown>,
});

export const QuoteSortEnum = builder.enumType('QuoteSort', {
  description: 'Order of a quote list.',
  values: {
    POSITION: { value: 'POSITION', description: 'Document by document, in reading order.' },
    DIRECT_FIRST: { value: 'DIRECT_FIRST', description: 'Direct quotes first, then reported speech, each in reading order.' },
    DATE_DESC: { value: 'DATE_DESC', description: 'By the publication date of the document, latest first; undated last.' },
    DATE_ASC: { value: 'DATE_ASC', description: 'By the publication date of the document, earliest first; undated last.' },
    CONFIDENCE: { value: 'CONFIDENCE', description: 'Most confident attribution first.' },
  } as const satisfies Record<QuoteOrder, unknown>,
});

export const DocumentSortEnum = builder.enumType('DocumentSort', {
  description: 'Order of a document list.',
  values: {
    INGESTED: { value: 'INGESTED', description: 'In the order they were ingested.' },
    PUBLISHED_DESC: { value: 'PUBLISHED_DESC', description: 'Latest publication first; undated last.' },
    PUBLISHED_ASC: { value: 'PUBLISHED_ASC', description: 'Earliest publication first; undated last.' },
    TITLE: { value: 'TITLE', description: 'By title, A to Z, ignoring case and accents; untitled last.' },
  } as const satisfies Record<DocumentOrder, unknown>,
});

export const RelationSortEnum = builder.enumType('RelationSort', {
  description: 'Order of a relation list.',
  values: {
    CONFIDENCE: { value: 'CONFIDENCE', description: 'Surest first.' },
    EVIDENCE: { value: 'EVIDENCE', description: 'Most often stated (evidence spans over all documents) first.' },
    TYPE: { value: 'TYPE', description: 'By type, then surest first.' },
  } as const satisfies Record<RelationOrder, unknown>,
});

// ---- arguments -------------------------------------------------------------------

export const entityFilterArgs = builder.args((t) => ({
  filter: t.field({ type: EntityFilterInput, description: 'Only entities meeting these conditions (computed by the store).' }),
  orderBy: t.field({ type: EntitySortEnum, description: 'Order of the list; the field\'s own order when omitted.' }),
}));

export const eventFilterArgs = builder.args((t) => ({
  filter: t.field({ type: EventFilterInput, description: 'Only events meeting these conditions (computed by the store).' }),
  orderBy: t.field({ type: EntitySortEnum, description: 'Order of the list; the field\'s own order when omitted.' }),
}));

export const quoteFilterArgs = builder.args((t) => ({
  filter: t.field({ type: QuoteFilterInput, description: 'Only quotes meeting these conditions (computed by the store).' }),
  orderBy: t.field({ type: QuoteSortEnum, description: 'Order of the list; the field\'s own order when omitted.' }),
}));

export const documentFilterArgs = builder.args((t) => ({
  filter: t.field({ type: DocumentFilterInput, description: 'Only documents meeting these conditions (computed by the store).' }),
  orderBy: t.field({ type: DocumentSortEnum, description: 'Order of the list; the field\'s own order when omitted.' }),
}));

export const relationFilterArgs = builder.args((t) => ({
  filter: t.field({ type: RelationFilterInput, description: 'Only relations meeting these conditions (computed by the store).' }),
  orderBy: t.field({ type: RelationSortEnum, description: 'Order of the list; the field\'s own order when omitted.' }),
}));

// ---- GraphQL values -> store conditions ------------------------------------------------

/** A decoded global id argument, as the relay plugin hands it to resolvers. */
interface GlobalId {
  typename: string;
  id: string;
}

type Maybe<T> = T | null | undefined;

export interface EntityFilterValue {
  nameContains?: Maybe<string>;
  namePrefix?: Maybe<string>;
  types?: Maybe<EntityType[]>;
  document?: Maybe<GlobalId>;
  published?: Maybe<DateRangeValue>;
  roleTitle?: Maybe<string>;
}

export interface EventFilterValue {
  nameContains?: Maybe<string>;
  namePrefix?: Maybe<string>;
  kinds?: Maybe<EntityWhere['eventKinds']>;
  date?: Maybe<DateRangeValue>;
  place?: Maybe<GlobalId>;
  participant?: Maybe<GlobalId>;
  document?: Maybe<GlobalId>;
  published?: Maybe<DateRangeValue>;
}

export interface QuoteFilterValue {
  speaker?: Maybe<GlobalId>;
  speakerNameContains?: Maybe<string>;
  speakerRoleTitle?: Maybe<string>;
  contains?: Maybe<string>;
  document?: Maybe<GlobalId>;
  published?: Maybe<DateRangeValue>;
  direct?: Maybe<boolean>;
  about?: Maybe<GlobalId>;
}

export interface DocumentFilterValue {
  titleContains?: Maybe<string>;
  published?: Maybe<DateRangeValue>;
  mentions?: Maybe<GlobalId>;
}

interface DateRangeValue {
  from?: Maybe<string>;
  to?: Maybe<string>;
}

/**
 * Entity conditions; `only` is the type the field lists (people: Person), and
 * a filter asking for other types then matches nothing rather than widening the list.
 */
export function toEntityWhere(filter: Maybe<EntityFilterValue>, only?: EntityType): EntityWhere {
  const where: EntityWhere = {};
  let types = filter?.types ?? undefined;
  if (only) types = types ? types.filter((type) => type === only) : [only];
  // An empty list of types would mean "no condition" to the store: keep it impossible instead.
  if (types) where.types = types.length > 0 ? types : (['None'] as unknown as EntityType[]);
  if (!filter) return where;
  if (filter.nameContains) where.nameContains = filter.nameContains;
  if (filter.namePrefix) where.namePrefix = filter.namePrefix;
  if (filter.document) where.documentId = idOf(filter.document, ['Document'], 'filter.document');
  if (filter.published) where.published = toDateRange(filter.published, 'filter.published');
  if (filter.roleTitle) where.roleTitle = filter.roleTitle;
  return where;
}

export function toEventWhere(filter: Maybe<EventFilterValue>): EntityWhere {
  const where: EntityWhere = { types: ['Event'] };
  if (!filter) return where;
  if (filter.nameContains) where.nameContains = filter.nameContains;
  if (filter.namePrefix) where.namePrefix = filter.namePrefix;
  if (filter.kinds && filter.kinds.length > 0) where.eventKinds = filter.kinds;
  if (filter.date) where.eventDate = toDateRange(filter.date, 'filter.date');
  if (filter.place) where.placeId = idOf(filter.place, ['Location'], 'filter.place');
  if (filter.participant) where.participantId = idOf(filter.participant, ENTITY_TYPES, 'filter.participant');
  if (filter.document) where.documentId = idOf(filter.document, ['Document'], 'filter.document');
  if (filter.published) where.published = toDateRange(filter.published, 'filter.published');
  return where;
}

export function toQuoteWhere(filter: Maybe<QuoteFilterValue>): QuoteWhere {
  const where: QuoteWhere = {};
  if (!filter) return where;
  if (filter.speaker) where.speakerIds = [idOf(filter.speaker, ENTITY_TYPES, 'filter.speaker')];
  if (filter.speakerNameContains) where.speakerNameContains = filter.speakerNameContains;
  if (filter.speakerRoleTitle) where.speakerRoleTitle = filter.speakerRoleTitle;
  if (filter.contains) where.contains = filter.contains;
  if (filter.document) where.documentId = idOf(filter.document, ['Document'], 'filter.document');
  if (filter.published) where.published = toDateRange(filter.published, 'filter.published');
  if (filter.direct != null) where.direct = filter.direct;
  if (filter.about) where.aboutId = idOf(filter.about, ENTITY_TYPES, 'filter.about');
  return where;
}

export function toDocumentWhere(filter: Maybe<DocumentFilterValue>): DocumentWhere {
  const where: DocumentWhere = {};
  if (!filter) return where;
  if (filter.titleContains) where.titleContains = filter.titleContains;
  if (filter.published) where.published = toDateRange(filter.published, 'filter.published');
  if (filter.mentions) where.mentionsEntityId = idOf(filter.mentions, ENTITY_TYPES, 'filter.mentions');
  return where;
}

export interface MentionFilterValue {
  document?: Maybe<GlobalId>;
  published?: Maybe<DateRangeValue>;
}

export function toMentionWhere(filter: Maybe<MentionFilterValue>): MentionWhere {
  const where: MentionWhere = {};
  if (!filter) return where;
  if (filter.document) where.documentId = idOf(filter.document, ['Document'], 'filter.document');
  if (filter.published) where.published = toDateRange(filter.published, 'filter.published');
  return where;
}

export interface RelationFilterValue {
  types?: Maybe<RelationTypeValue[]>;
  with?: Maybe<GlobalId>;
  document?: Maybe<GlobalId>;
  published?: Maybe<DateRangeValue>;
  minConfidence?: Maybe<number>;
}

/** Relation conditions; `type` is the field's own type argument, which must hold as well. */
export function toRelationWhere(filter: Maybe<RelationFilterValue>, type?: Maybe<RelationTypeValue>): RelationWhere {
  const where: RelationWhere = {};
  let types = filter?.types ?? undefined;
  if (type) types = types ? types.filter((t) => t === type) : [type];
  // OTHER is no stored type: left in, it matches nothing, as the type argument does.
  if (types) where.types = types;
  if (!filter) return where;
  if (filter.with) where.otherId = idOf(filter.with, ENTITY_TYPES, 'filter.with');
  if (filter.document) where.documentId = idOf(filter.document, ['Document'], 'filter.document');
  if (filter.published) where.published = toDateRange(filter.published, 'filter.published');
  if (filter.minConfidence != null) where.minConfidence = filter.minConfidence;
  return where;
}

/** True when a connection field was given a filter or an order: it then takes the analyst path. */
export function isFiltered(args: { filter?: unknown; orderBy?: unknown }): boolean {
  return args.filter != null || args.orderBy != null;
}

const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

function toDateRange(range: DateRangeValue, field: string): DateRange {
  const result: DateRange = {};
  for (const end of ['from', 'to'] as const) {
    const value = range[end];
    if (value == null) continue;
    if (!DATE.test(value)) throw badUserInput(`${field}.${end}: dates are YYYY-MM-DD, YYYY-MM or YYYY, got "${value}"`);
    result[end] = value;
  }
  if (result.from && result.to && result.from > result.to && !result.to.startsWith(result.from)) {
    throw badUserInput(`${field}: from (${result.from}) is after to (${result.to})`);
  }
  return result;
}

function idOf(id: GlobalId, typenames: readonly string[], field: string): string {
  if (!typenames.includes(id.typename)) {
    throw badUserInput(`${field}: expected the id of a ${typenames.join(' or ')}, got the id of a ${id.typename}`);
  }
  return id.id;
}
