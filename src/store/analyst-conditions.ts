/**
 * The analyst filters as SQL conditions and their parameters, the same rules
 * for both adapters: which filter adds which condition, how names, dates and
 * ids become parameter values. What differs is said by a ConditionDialect:
 * the condition texts themselves (SQLite or PostgreSQL SQL), how a list is
 * bound (SQLite reads a JSON text with json_each, PostgreSQL takes an array)
 * and how an id or a name prefix is passed.
 */
import { foldText } from '../graph/merge-keys';
import { dateBounds, escapeLike, nameKey } from './filter-values';
import type { DateRange, DocumentWhere, EntityWhere, MentionWhere, QuoteWhere, RelationWhere } from './store';

/** A statement fragment and the named parameters it uses. */
export interface Conditions {
  sql: string[];
  params: Record<string, unknown>;
}

/** Conditions joined for a WHERE clause (TRUE when there are none). */
export function whereClause(conditions: Conditions): string {
  return conditions.sql.length === 0 ? 'TRUE' : conditions.sql.map((c) => `(${c})`).join(' AND ');
}

type ConditionTexts<K extends string> = Readonly<Record<K, string>>;

export interface ConditionDialect {
  entity: ConditionTexts<
    | 'types'
    | 'nameContains'
    | 'namePrefix'
    | 'documentId'
    | 'publishedFrom'
    | 'eventDate'
    | 'eventKinds'
    | 'roleTitle'
    | 'placeId'
    | 'participantId'
  > & {
    /** One entity type as an equality, where the dialect's index prefers it to a list ("e.type = @type"). */
    readonly type?: string;
  };
  quote: ConditionTexts<
    'speakerIds' | 'contains' | 'documentId' | 'publishedFrom' | 'direct' | 'aboutId' | 'speakerRoleTitle' | 'speakerNameContains'
  >;
  relation: ConditionTexts<'types' | 'documentId' | 'publishedFrom' | 'minConfidence' | 'otherId'>;
  mention: ConditionTexts<'documentId' | 'publishedFrom'>;
  document: ConditionTexts<'titleContains' | 'publishedFrom' | 'mentionsEntityId'>;
  /** A list filter's values as the dialect binds them. */
  list(values: readonly (string | number)[]): unknown;
  /** An id filter's value: an id that names no row must match nothing. */
  rowIdOrNone(id: string): number;
  /** The parameter of `namePrefix` made from a name key (a LIKE prefix is escaped; a range bound is not). */
  namePrefix(key: string): string;
}

class ConditionList implements Conditions {
  readonly sql: string[] = [];
  readonly params: Record<string, unknown> = {};

  add(sql: string, params: Record<string, unknown>): void {
    this.sql.push(sql);
    Object.assign(this.params, params);
  }
}

function publishedParams(range: DateRange): Record<string, unknown> {
  const { from, until } = dateBounds(range);
  return { publishedFrom: from, publishedUntil: until };
}

export function entityConditions(dialect: ConditionDialect, where: EntityWhere): Conditions {
  const sql = dialect.entity;
  const c = new ConditionList();
  if (where.types && where.types.length === 1 && sql.type !== undefined) c.add(sql.type, { type: where.types[0] });
  else if (where.types && where.types.length > 0) c.add(sql.types, { types: dialect.list(where.types) });
  const contains = nameKey(where.nameContains);
  if (contains !== null) c.add(sql.nameContains, { nameContains: escapeLike(contains) });
  const prefix = nameKey(where.namePrefix);
  if (prefix !== null) c.add(sql.namePrefix, { namePrefix: dialect.namePrefix(prefix) });
  if (where.documentId !== undefined) c.add(sql.documentId, { documentId: dialect.rowIdOrNone(where.documentId) });
  if (where.published) c.add(sql.publishedFrom, publishedParams(where.published));
  if (where.eventDate) {
    const { from, until } = dateBounds(where.eventDate);
    c.add(sql.eventDate, { eventFrom: from, eventUntil: until });
  }
  if (where.eventKinds && where.eventKinds.length > 0) c.add(sql.eventKinds, { eventKinds: dialect.list(where.eventKinds) });
  const role = nameKey(where.roleTitle);
  if (role !== null) c.add(sql.roleTitle, { roleTitle: role });
  if (where.placeId !== undefined) c.add(sql.placeId, { placeId: dialect.rowIdOrNone(where.placeId) });
  if (where.participantId !== undefined) c.add(sql.participantId, { participantId: dialect.rowIdOrNone(where.participantId) });
  return c;
}

export function quoteConditions(dialect: ConditionDialect, where: QuoteWhere): Conditions {
  const sql = dialect.quote;
  const c = new ConditionList();
  if (where.speakerIds !== undefined) c.add(sql.speakerIds, { speakerIds: dialect.list(where.speakerIds.map(dialect.rowIdOrNone)) });
  if (where.contains && where.contains.length > 0) c.add(sql.contains, { contains: foldText(where.contains) });
  if (where.documentId !== undefined) c.add(sql.documentId, { documentId: dialect.rowIdOrNone(where.documentId) });
  if (where.published) c.add(sql.publishedFrom, publishedParams(where.published));
  if (where.direct !== undefined) c.add(sql.direct, { direct: where.direct ? 1 : 0 });
  if (where.aboutId !== undefined) c.add(sql.aboutId, { aboutId: dialect.rowIdOrNone(where.aboutId) });
  const role = nameKey(where.speakerRoleTitle);
  if (role !== null) c.add(sql.speakerRoleTitle, { speakerRoleTitle: role });
  const speaker = nameKey(where.speakerNameContains);
  if (speaker !== null) c.add(sql.speakerNameContains, { speakerNameContains: escapeLike(speaker) });
  return c;
}

export function relationConditions(dialect: ConditionDialect, where: RelationWhere): Conditions {
  const sql = dialect.relation;
  const c = new ConditionList();
  if (where.types !== undefined) c.add(sql.types, { types: dialect.list(where.types) });
  if (where.documentId !== undefined) c.add(sql.documentId, { documentId: dialect.rowIdOrNone(where.documentId) });
  if (where.published) c.add(sql.publishedFrom, publishedParams(where.published));
  if (where.minConfidence !== undefined) c.add(sql.minConfidence, { minConfidence: where.minConfidence });
  if (where.otherId !== undefined) c.add(sql.otherId, { otherId: dialect.rowIdOrNone(where.otherId) });
  return c;
}

export function mentionConditions(dialect: ConditionDialect, where: MentionWhere): Conditions {
  const sql = dialect.mention;
  const c = new ConditionList();
  if (where.documentId !== undefined) c.add(sql.documentId, { documentId: dialect.rowIdOrNone(where.documentId) });
  if (where.published) c.add(sql.publishedFrom, publishedParams(where.published));
  return c;
}

export function documentConditions(dialect: ConditionDialect, where: DocumentWhere): Conditions {
  const sql = dialect.document;
  const c = new ConditionList();
  if (where.titleContains && where.titleContains.length > 0) c.add(sql.titleContains, { titleContains: foldText(where.titleContains) });
  if (where.published) c.add(sql.publishedFrom, publishedParams(where.published));
  if (where.mentionsEntityId !== undefined) {
    c.add(sql.mentionsEntityId, { mentionsEntityId: dialect.rowIdOrNone(where.mentionsEntityId) });
  }
  return c;
}
