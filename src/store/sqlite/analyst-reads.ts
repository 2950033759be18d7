/**
 * The analyst API's reads on SQLite: filtered and sorted lists, full-text
 * search and aggregates. Every filter, order, COUNT and tally runs in SQL; the
 * rows read are the page's rows. Statements are composed from the filters
 * given (analyst-statements.ts) and prepared once per distinct text.
 */
import type Database from 'better-sqlite3';
import { normalizeName } from '../../graph/merge-keys';
import type { DocumentRecord, EntityRecord, MentionRecord, Page, PageArgs, QuoteRecord, RelationRecord } from '../../graph/model';
import { allowedEdits } from '../../graph/name-match';
import { nameTrigrams } from '../filter-values';
import { parseSearchQuery } from '../search-query';
import {
  documentConditions,
  entityConditions,
  mentionConditions,
  quoteConditions,
  relationConditions,
  whereClause,
  type ConditionDialect,
} from '../analyst-conditions';
import {
  SNIPPET_MARKS,
  type DocumentOrder,
  type DocumentTally,
  type DocumentWhere,
  type EntityOrder,
  type EntityScope,
  type EntityTally,
  type EntityWhere,
  type KindTally,
  type MentionWhere,
  type RelationOrder,
  type RelationWhere,
  type QuoteOrder,
  type QuoteScope,
  type QuoteWhere,
  type TextHit,
} from '../store';
import {
  AGGREGATES,
  DOCUMENT_CONDITIONS,
  ENTITY_CONDITIONS,
  QUOTE_CONDITIONS,
  searchEntitiesSql,
  findDocumentsByEntitySql,
  findMentionsByEntitySql,
  findRelationsByEntitySql,
  findRelationsSql,
  RELATION_CONDITIONS,
  MENTION_CONDITIONS,
  findDocumentsSql,
  findEntitiesBySql,
  findEntitiesSql,
  findQuotesBySql,
  findQuotesSql,
  searchDocumentsSql,
  searchQuotesSql,
  type PerKeyStatements,
} from './analyst-statements';
import {
  toDocumentRecord,
  toEntityRecord,
  toId,
  toMentionRecord,
  toQuoteRecord,
  toRelationRecord,
  toRowId,
  type DocumentRow,
  type EntityRow,
  type MentionRow,
  type PagedColumns,
  type QuoteRow,
  type RelationRow,
} from '../rows';
import { pagesPerKey } from './pages-per-key';
import { checkPage, pagesByParent } from '../pages-by-parent';
import { keysParam } from './keys-param';

export class AnalystReads {
  private readonly statements = new Map<string, Database.Statement>();

  constructor(private readonly db: Database.Database) {}

  findEntities(where: EntityWhere, order: EntityOrder, page: PageArgs): Page<EntityRecord> {
    const conditions = entityConditions(DIALECT, where);
    const sql = findEntitiesSql(whereClause(conditions), order);
    return this.rootPage(sql, conditions.params, page, (row: EntityRow) => toEntityRecord(row));
  }

  findEntitiesBy(scope: EntityScope, keys: readonly string[], where: EntityWhere, order: EntityOrder, page: PageArgs): Page<EntityRecord>[] {
    const conditions = entityConditions(DIALECT, where);
    const sql = findEntitiesBySql(scope, whereClause(conditions), order);
    return this.pagedByParent(sql, keys, conditions.params, page, (row: EntityRow) => toEntityRecord(row));
  }

  findQuotes(where: QuoteWhere, order: QuoteOrder, page: PageArgs): Page<QuoteRecord> {
    const conditions = quoteConditions(DIALECT, where);
    const sql = findQuotesSql(whereClause(conditions), order);
    return this.rootPage(sql, conditions.params, page, (row: QuoteRow) => toQuoteRecord(row));
  }

  findQuotesBy(scope: QuoteScope, keys: readonly string[], where: QuoteWhere, order: QuoteOrder, page: PageArgs): Page<QuoteRecord>[] {
    const conditions = quoteConditions(DIALECT, where);
    const sql = findQuotesBySql(scope, whereClause(conditions), order);
    return this.pagedPerKey(sql, keys, conditions.params, page, (row: QuoteRow) => toQuoteRecord(row));
  }

  findDocuments(where: DocumentWhere, order: DocumentOrder, page: PageArgs): Page<DocumentRecord> {
    const conditions = documentConditions(DIALECT, where);
    const sql = findDocumentsSql(whereClause(conditions), order);
    return this.rootPage(sql, conditions.params, page, (row: DocumentRow) => toDocumentRecord(row));
  }

  findDocumentsByEntity(keys: readonly string[], where: DocumentWhere, order: DocumentOrder, page: PageArgs): Page<DocumentRecord>[] {
    const conditions = documentConditions(DIALECT, where);
    const sql = findDocumentsByEntitySql(whereClause(conditions), order);
    return this.pagedPerKey(sql, keys, conditions.params, page, (row: DocumentRow) => toDocumentRecord(row));
  }

  searchQuotes(query: string, where: QuoteWhere, page: PageArgs): Page<TextHit<QuoteRecord>> {
    const match = toFtsQuery(query);
    if (match === null) return { items: [], totalCount: 0 };
    const conditions = quoteConditions(DIALECT, where);
    const sql = searchQuotesSql(whereClause(conditions));
    const params = { ...conditions.params, match, open: SNIPPET_MARKS.open, close: SNIPPET_MARKS.close };
    return this.rootPage(sql, params, page, (row: QuoteRow & Scored) => ({
      record: toQuoteRecord(row),
      snippet: row.snippet,
      rank: row.score,
    }));
  }

  searchDocuments(query: string, where: DocumentWhere, page: PageArgs): Page<TextHit<DocumentRecord>> {
    const match = toFtsQuery(query);
    if (match === null) return { items: [], totalCount: 0 };
    const conditions = documentConditions(DIALECT, where);
    const sql = searchDocumentsSql(whereClause(conditions));
    const params = { ...conditions.params, match, open: SNIPPET_MARKS.open, close: SNIPPET_MARKS.close };
    return this.rootPage(sql, params, page, (row: DocumentRow & Scored) => ({
      record: toDocumentRecord(row),
      snippet: row.snippet,
      rank: row.score,
    }));
  }

  /** Entities whose name or alias matches the query (case, accents and small typos forgiven), best first, meeting `where`. */
  searchEntities(query: string, where: EntityWhere, page: PageArgs): Page<EntityRecord> {
    const key = normalizeName(query);
    // An empty query (only punctuation) matches nothing rather than everything.
    if (key.length === 0) return { items: [], totalCount: 0 };
    const match = trigramQuery(key);
    const conditions = entityConditions(DIALECT, where);
    const sql = searchEntitiesSql(match === null ? 'allNames' : 'trigrams', whereClause(conditions));
    const params = { ...conditions.params, query: key, typo: allowedEdits(key) > 0 ? 1 : 0, ...(match === null ? {} : { match }) };
    return this.rootPageCounted(sql, params, page, (row: EntityRow) => toEntityRecord(row));
  }

  quotesPerSpeaker(page: PageArgs): Page<EntityTally> {
    const sql = { rows: AGGREGATES.quotesPerSpeaker, count: AGGREGATES.quotesPerSpeakerCount };
    return this.rootPage(sql, {}, page, (row: TallyRow) => ({ entityId: toId(row.id), count: row.count }));
  }

  eventsPerKind(): KindTally[] {
    return this.statement(AGGREGATES.eventsPerKind).all() as KindTally[];
  }

  eventsPerPlace(page: PageArgs): Page<EntityTally> {
    const sql = { rows: AGGREGATES.eventsPerPlace, count: AGGREGATES.eventsPerPlaceCount };
    return this.rootPage(sql, {}, page, (row: TallyRow) => ({ entityId: toId(row.id), count: row.count }));
  }

  mentionsPerDocument(keys: readonly string[], page: PageArgs): Page<DocumentTally>[] {
    return this.pagedByParent(AGGREGATES.mentionsPerDocument, keys, {}, page, (row: TallyRow) => ({
      documentId: toId(row.id),
      count: row.count,
    }));
  }

  findRelations(where: RelationWhere, order: RelationOrder, page: PageArgs): Page<RelationRecord> {
    const conditions = relationConditions(DIALECT, where);
    const sql = findRelationsSql(whereClause(conditions), order);
    return this.rootPage(sql, conditions.params, page, (row: RelationRow) => toRelationRecord(row));
  }

  findRelationsByEntity(keys: readonly string[], where: RelationWhere, order: RelationOrder, page: PageArgs): Page<RelationRecord>[] {
    const conditions = relationConditions(DIALECT, where);
    const sql = findRelationsByEntitySql(whereClause(conditions), order);
    return this.pagedByParent(sql, keys, conditions.params, page, (row: RelationRow) => toRelationRecord(row));
  }

  findMentionsByEntity(keys: readonly string[], where: MentionWhere, page: PageArgs): Page<MentionRecord>[] {
    const c = mentionConditions(DIALECT, where);
    const sql = findMentionsByEntitySql(whereClause(c));
    return this.pagedPerKey(sql, keys, c.params, page, (row: MentionRow) => toMentionRecord(row));
  }

  // ---- mechanisms ---------------------------------------------------------------

  private statement(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  private rootPage<Row, T>(sql: { rows: string; count: string }, params: Record<string, unknown>, page: PageArgs, map: (row: Row) => T): Page<T> {
    const { offset, limit } = checkPage(page);
    const rows = limit === 0 ? [] : (this.statement(sql.rows).all({ ...params, offset, limit }) as Row[]);
    const { total } = this.statement(sql.count).get(params) as { total: number };
    return { items: rows.map(map), totalCount: total };
  }

  /**
   * rootPage for a statement whose rows carry the total (COUNT(*) OVER ()), for
   * lists that must rank every match anyway: the COUNT statement runs only when
   * the page has no row to carry it.
   */
  private rootPageCounted<Row, T>(
    sql: { rows: string; count: string },
    params: Record<string, unknown>,
    page: PageArgs,
    map: (row: Row) => T,
  ): Page<T> {
    const { offset, limit } = checkPage(page);
    const rows = limit === 0 ? [] : (this.statement(sql.rows).all({ ...params, offset, limit }) as (Row & { total: number })[]);
    if (rows.length > 0) return { items: rows.map(map), totalCount: rows[0].total };
    if (limit > 0 && offset === 0) return { items: [], totalCount: 0 };
    const { total } = this.statement(sql.count).get(params) as { total: number };
    return { items: [], totalCount: total };
  }

  /**
   * One Page per key, in key order, from a page statement and a COUNT run per
   * key: prepared once, in process, so a key costs microseconds, and a busy
   * parent's page reads its LIMIT rows rather than ranking all of them.
   */
  private pagedPerKey<Row, T>(
    sql: PerKeyStatements,
    keys: readonly string[],
    params: Record<string, unknown>,
    page: PageArgs,
    map: (row: Row) => T,
  ): Page<T>[] {
    return pagesPerKey(this.statement(sql.rows), this.statement(sql.count), keys, params, page, map);
  }

  /** One Page per key, in key order, from ONE statement (see pages-by-parent.ts). */
  private pagedByParent<Row, T>(
    sql: string,
    keys: readonly string[],
    params: Record<string, unknown>,
    page: PageArgs,
    map: (row: Row) => T,
  ): Page<T>[] {
    const { offset, limit } = checkPage(page);
    const rows = this.statement(sql).all({ ...params, keys: keysParam(keys), offset, limit }) as (Row & PagedColumns)[];
    return pagesByParent(keys, rows, { offset, limit }, map);
  }
}

interface Scored {
  score: number;
  snippet: string;
}

interface TallyRow {
  id: number;
  count: number;
}

// ---- filters -> conditions (src/store/analyst-conditions.ts) ------------------------

/** SQLite's condition texts; lists are bound as JSON text (json_each), a name prefix is a range bound, not a LIKE pattern. */
const DIALECT: ConditionDialect = {
  entity: ENTITY_CONDITIONS,
  quote: QUOTE_CONDITIONS,
  relation: RELATION_CONDITIONS,
  mention: MENTION_CONDITIONS,
  document: DOCUMENT_CONDITIONS,
  list: (values) => JSON.stringify(values),
  // An id that names no row matches nothing (rowid -1 never exists).
  rowIdOrNone: (id) => toRowId(id) ?? -1,
  namePrefix: (key) => key,
};

/**
 * A user's words -> an FTS5 query (terms from parseSearchQuery): every term
 * must occur, a phrase stays a phrase, a prefix term ends in *. Each term is
 * quoted, so FTS5 operators in the input are text, never syntax. Null when the
 * query has no word.
 */
export function toFtsQuery(query: string): string | null {
  const terms = parseSearchQuery(query);
  if (terms.length === 0) return null;
  return terms.map((term) => `"${term.words.join(' ')}"${term.prefix ? '*' : ''}`).join(' ');
}

/** The three-letter pieces of each word of a name key, ORed; null when no word has three letters. */
export function trigramQuery(key: string): string | null {
  const trigrams = nameTrigrams(key);
  return trigrams.length > 0 ? trigrams.map((t) => `"${t}"`).join(' OR ') : null;
}
