/**
 * The analyst API's reads on PostgreSQL: filtered and sorted lists, full-text
 * search and aggregates, with the same answers as the SQLite adapter
 * (src/store/sqlite/analyst-reads.ts). Every filter, order, COUNT and tally
 * runs in SQL; statements are composed from the filters given
 * (analyst-statements.ts), the typo check of entity search included (a SQL
 * function, where SQLite registers name-match's typoMatches).
 */
import { foldText, normalizeName } from '../../graph/merge-keys';
import type { DocumentRecord, EntityRecord, MentionRecord, Page, PageArgs, QuoteRecord, RelationRecord } from '../../graph/model';
import { allowedEdits } from '../../graph/name-match';
import { escapeLike, nameTrigrams } from '../filter-values';
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
  type QuoteOrder,
  type QuoteScope,
  type QuoteWhere,
  type RelationOrder,
  type RelationWhere,
  type TextHit,
} from '../store';
import { checkPage, pagesByParent } from '../pages-by-parent';
import {
  toDocumentRecord,
  toEntityRecord,
  toId,
  toMentionRecord,
  toQuoteRecord,
  toRelationRecord,
  type DocumentRow,
  type EntityRow,
  type MentionRow,
  type PagedColumns,
  type QuoteRow,
  type RelationRow,
} from '../rows';
import {
  AGGREGATES,
  DOCUMENT_CONDITIONS,
  ENTITY_CONDITIONS,
  findDocumentsByEntitySql,
  findDocumentsSql,
  findEntitiesBySql,
  findEntitiesSql,
  findMentionsByEntitySql,
  findQuotesBySql,
  findQuotesSql,
  findRelationsByEntitySql,
  findRelationsSql,
  MENTION_CONDITIONS,
  QUOTE_CONDITIONS,
  RELATION_CONDITIONS,
  type RootStatements,
  searchDocumentsSql,
  searchEntitiesSql,
  searchQuotesSql,
} from './analyst-statements';
import type { PgQueryable } from './queryable';
import { keysParam, rowIdOrNone } from './row-ids';
import { compileNamed, type CompiledStatement } from './statements';

/** ts_headline options matching SQLite's snippet(): the marks of the API, at most 16 (quotes) or 24 (documents) words. */
const QUOTE_HEADLINE = headlineOptions(16);
const DOCUMENT_HEADLINE = headlineOptions(24);
const ELLIPSIS = '…';

export class PgAnalystReads {
  constructor(private readonly db: PgQueryable) {}

  async findEntities(where: EntityWhere, order: EntityOrder, page: PageArgs): Promise<Page<EntityRecord>> {
    const conditions = entityConditions(DIALECT, where);
    return this.rootPage(findEntitiesSql(whereClause(conditions), order), conditions.params, page, (row: EntityRow) => toEntityRecord(row));
  }

  async findEntitiesBy(scope: EntityScope, keys: readonly string[], where: EntityWhere, order: EntityOrder, page: PageArgs): Promise<Page<EntityRecord>[]> {
    const conditions = entityConditions(DIALECT, where);
    const sql = findEntitiesBySql(scope, whereClause(conditions), order);
    return this.pagedByParent(sql, keys, conditions.params, page, (row: EntityRow) => toEntityRecord(row));
  }

  async findQuotes(where: QuoteWhere, order: QuoteOrder, page: PageArgs): Promise<Page<QuoteRecord>> {
    const conditions = quoteConditions(DIALECT, where);
    return this.rootPage(findQuotesSql(whereClause(conditions), order), conditions.params, page, (row: QuoteRow) => toQuoteRecord(row));
  }

  async findQuotesBy(scope: QuoteScope, keys: readonly string[], where: QuoteWhere, order: QuoteOrder, page: PageArgs): Promise<Page<QuoteRecord>[]> {
    const conditions = quoteConditions(DIALECT, where);
    const sql = findQuotesBySql(scope, whereClause(conditions), order);
    return this.pagedByParent(sql, keys, conditions.params, page, (row: QuoteRow) => toQuoteRecord(row));
  }

  async findDocuments(where: DocumentWhere, order: DocumentOrder, page: PageArgs): Promise<Page<DocumentRecord>> {
    const conditions = documentConditions(DIALECT, where);
    return this.rootPage(findDocumentsSql(whereClause(conditions), order), conditions.params, page, (row: DocumentRow) => toDocumentRecord(row));
  }

  async findDocumentsByEntity(entityIds: readonly string[], where: DocumentWhere, order: DocumentOrder, page: PageArgs): Promise<Page<DocumentRecord>[]> {
    const conditions = documentConditions(DIALECT, where);
    const sql = findDocumentsByEntitySql(whereClause(conditions), order);
    return this.pagedByParent(sql, entityIds, conditions.params, page, (row: DocumentRow) => toDocumentRecord(row));
  }

  async searchQuotes(query: string, where: QuoteWhere, page: PageArgs): Promise<Page<TextHit<QuoteRecord>>> {
    const tsQuery = toTsQuery(query);
    if (tsQuery === null) return { items: [], totalCount: 0 };
    const conditions = quoteConditions(DIALECT, where);
    const params = { ...conditions.params, query: tsQuery, quoteHeadline: QUOTE_HEADLINE };
    return this.rootPage(searchQuotesSql(whereClause(conditions)), params, page, (row: QuoteRow & Scored) => ({
      record: toQuoteRecord(row),
      snippet: withEllipses(row.snippet, row.text),
      rank: row.score,
    }));
  }

  async searchDocuments(query: string, where: DocumentWhere, page: PageArgs): Promise<Page<TextHit<DocumentRecord>>> {
    const tsQuery = toTsQuery(query);
    if (tsQuery === null) return { items: [], totalCount: 0 };
    const conditions = documentConditions(DIALECT, where);
    const params = { ...conditions.params, query: tsQuery, documentHeadline: DOCUMENT_HEADLINE };
    return this.rootPage(searchDocumentsSql(whereClause(conditions)), params, page, (row: DocumentRow & Scored) => ({
      record: toDocumentRecord(row),
      snippet: withEllipses(row.snippet, row.text),
      rank: row.score,
    }));
  }

  /** Entities whose name or alias matches the query (case, accents and small typos forgiven), best first, meeting `where`. */
  async searchEntitiesWhere(query: string, where: EntityWhere, page: PageArgs): Promise<Page<EntityRecord>> {
    const key = normalizeName(query);
    // An empty query (only punctuation) matches nothing rather than everything.
    if (key.length === 0) return { items: [], totalCount: 0 };
    const typo = allowedEdits(key);
    const pieces = trigramPattern(key);
    const conditions = entityConditions(DIALECT, where);
    const sql = searchEntitiesSql(typo === 0 ? 'none' : pieces === null ? 'allNames' : 'trigrams', whereClause(conditions));
    const params = { ...conditions.params, query: key, queryLike: escapeLike(key), typo, pieces };
    const { offset, limit } = checkPage(page);
    const rows = limit === 0 ? [] : await this.run<EntityRow & { total: number }>(sql.rows, { ...params, offset, limit });
    // The rows carry the total; only a page with no row (empty, or past the end) asks for it apart.
    const total = rows.length > 0 ? rows[0].total : offset === 0 && limit > 0 ? 0 : (await this.run<{ total: number }>(sql.count, params))[0].total;
    return { items: rows.map((row) => toEntityRecord(row)), totalCount: total };
  }

  async quotesPerSpeaker(page: PageArgs): Promise<Page<EntityTally>> {
    const sql = { rows: AGGREGATES.quotesPerSpeaker, count: AGGREGATES.quotesPerSpeakerCount };
    return this.rootPage(sql, {}, page, (row: TallyRow) => ({ entityId: toId(row.id), count: row.count }));
  }

  async eventsPerKind(): Promise<KindTally[]> {
    return this.run<KindTally>(AGGREGATES.eventsPerKind, {});
  }

  async eventsPerPlace(page: PageArgs): Promise<Page<EntityTally>> {
    const sql = { rows: AGGREGATES.eventsPerPlace, count: AGGREGATES.eventsPerPlaceCount };
    return this.rootPage(sql, {}, page, (row: TallyRow) => ({ entityId: toId(row.id), count: row.count }));
  }

  async mentionsPerDocument(entityIds: readonly string[], page: PageArgs): Promise<Page<DocumentTally>[]> {
    return this.pagedByParent(AGGREGATES.mentionsPerDocument, entityIds, {}, page, (row: TallyRow) => ({
      documentId: toId(row.id),
      count: row.count,
    }));
  }

  async findRelations(where: RelationWhere, order: RelationOrder, page: PageArgs): Promise<Page<RelationRecord>> {
    const conditions = relationConditions(DIALECT, where);
    return this.rootPage(findRelationsSql(whereClause(conditions), order), conditions.params, page, (row: RelationRow) => toRelationRecord(row));
  }

  async findRelationsByEntity(entityIds: readonly string[], where: RelationWhere, order: RelationOrder, page: PageArgs): Promise<Page<RelationRecord>[]> {
    const conditions = relationConditions(DIALECT, where);
    const sql = findRelationsByEntitySql(whereClause(conditions), order);
    return this.pagedByParent(sql, entityIds, conditions.params, page, (row: RelationRow) => toRelationRecord(row));
  }

  async findMentionsByEntity(entityIds: readonly string[], where: MentionWhere, page: PageArgs): Promise<Page<MentionRecord>[]> {
    const c = mentionConditions(DIALECT, where);
    const sql = findMentionsByEntitySql(whereClause(c));
    return this.pagedByParent(sql, entityIds, c.params, page, (row: MentionRow) => toMentionRecord(row));
  }

  // ---- mechanisms ---------------------------------------------------------------

  private async run<Row>(sql: string, params: Record<string, unknown>): Promise<Row[]> {
    const statement = compiled(sql);
    const values = statement.params.map((name) => params[name] ?? null);
    const result = await this.db.query(statement.text, values);
    return result.rows as Row[];
  }

  /** The page's rows and the COUNT of all rows, both in SQL. */
  private async rootPage<Row, T>(sql: RootStatements, params: Record<string, unknown>, page: PageArgs, map: (row: Row) => T): Promise<Page<T>> {
    const { offset, limit } = checkPage(page);
    const [rows, [{ total }]] = await Promise.all([
      limit === 0 ? Promise.resolve([] as Row[]) : this.run<Row>(sql.rows, { ...params, offset, limit }),
      this.run<{ total: number }>(sql.count, params),
    ]);
    return { items: rows.map(map), totalCount: total };
  }

  /** One Page per key, in key order, from ONE statement (see statements.ts paged()). */
  private async pagedByParent<Row, T>(
    sql: string,
    keys: readonly string[],
    params: Record<string, unknown>,
    page: PageArgs,
    map: (row: Row) => T,
  ): Promise<Page<T>[]> {
    const { offset, limit } = checkPage(page);
    const ids = keysParam(keys);
    if (ids.length === 0) return keys.map(() => ({ items: [], totalCount: 0 }));
    const rows = await this.run<Row & PagedColumns>(sql, { ...params, keys: ids, offset, limit });
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

/** Statements compiled once per distinct text (the filters given make a statement's shape). */
const COMPILED = new Map<string, CompiledStatement>();

function compiled(sql: string): CompiledStatement {
  let statement = COMPILED.get(sql);
  if (!statement) {
    statement = compileNamed(`newsgraph.analyst.${COMPILED.size + 1}`, sql);
    COMPILED.set(sql, statement);
  }
  return statement;
}

// ---- filters -> conditions (src/store/analyst-conditions.ts) ------------------------

/** PostgreSQL's condition texts; lists are bound as arrays, ids as int4 keys, a name prefix as an escaped LIKE prefix. */
const DIALECT: ConditionDialect = {
  entity: ENTITY_CONDITIONS,
  quote: QUOTE_CONDITIONS,
  relation: RELATION_CONDITIONS,
  mention: MENTION_CONDITIONS,
  document: DOCUMENT_CONDITIONS,
  list: (values) => values,
  rowIdOrNone,
  namePrefix: escapeLike,
};

// ---- full-text query and snippets -----------------------------------------------------------

/**
 * A user's words -> a to_tsquery('simple') text, from the same terms as
 * SQLite's FTS5 query (search-query.ts): terms ANDed, a phrase's words joined
 * by <-> (next word), a prefix term's last word with :*. Words are folded like
 * the indexed text (foldText) and quoted; they hold only letters and digits, so
 * nothing in the input is tsquery syntax. Null when the query has no word.
 */
export function toTsQuery(query: string): string | null {
  const terms = parseSearchQuery(query);
  if (terms.length === 0) return null;
  return terms
    .map((term) => term.words.map((word) => `'${foldText(word)}'`).join(' <-> ') + (term.prefix ? ':*' : ''))
    .join(' & ');
}

/**
 * ts_headline options close to SQLite's snippet(): the API's marks, one
 * passage of at most `maxWords` words around the best match, short words kept.
 */
function headlineOptions(maxWords: number): string {
  const { open, close } = SNIPPET_MARKS;
  return `StartSel="${open}", StopSel="${close}", MaxFragments=1, MaxWords=${maxWords}, MinWords=${maxWords / 2}, ShortWord=0`;
}

/** FTS5's snippet() marks a cut text with "…" where words were left out; ts_headline does not, so add them. */
function withEllipses(snippet: string, text: string): string {
  const plain = snippet.split(SNIPPET_MARKS.open).join('').split(SNIPPET_MARKS.close).join('');
  const at = text.indexOf(plain);
  if (at < 0) return snippet;
  const before = text.slice(0, at);
  const after = text.slice(at + plain.length);
  // Punctuation alone before or after the passage is kept, as snippet() keeps "coast," whole.
  const hasWord = (part: string) => /[\p{L}\p{N}]/u.test(part);
  return (hasWord(before) ? ELLIPSIS : before) + snippet + (hasWord(after) ? ELLIPSIS : after);
}

/** The three-letter pieces of each word of a name key as a regex alternation ("lav|avr|..."); null when no word has three letters. */
export function trigramPattern(key: string): string | null {
  const trigrams = nameTrigrams(key);
  // Name keys hold only letters, digits and spaces: no piece is regex syntax.
  return trigrams.length > 0 ? trigrams.join('|') : null;
}
