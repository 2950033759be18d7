/**
 * The embedded Store: SQLite through better-sqlite3. The driver is synchronous;
 * the async interface is kept so callers do not change when PostgreSQL comes.
 * WAL mode lets readers go on while an ingest writes; foreign keys are on so a
 * dangling id is an error, not a silent orphan.
 */
import Database from 'better-sqlite3';
import { contentHash } from '../../extract/pipeline';
import type { ExtractionResult } from '../../extract/types';
import { foldText } from '../../graph/merge-keys';
import type {
  DocumentRecord,
  EntityRecord,
  MentionRecord,
  Page,
  PageArgs,
  ParticipationRecord,
  QuoteRecord,
  RelationRecord,
  RoleRecord,
} from '../../graph/model';
import { typoMatches } from '../../graph/name-match';
import type {
  DocumentInput,
  EntityFilter,
  IngestResult,
  QuoteFilter,
  RelationFilter,
  Store,
  StoreStats,
  Cooccurrence,
  CooccurrenceScope,
  EdgeFilter,
  GraphEdge,
  TimelineItem,
} from '../store';
import { applyMigrations, readMigrations, type Migration } from './apply-migrations';
import {
  toDocumentRecord,
  toEntityRecord,
  toMentionRecord,
  toParticipationRecord,
  toQuoteRecord,
  toRelationRecord,
  toRoleRecord,
  toRowId,
  type DocumentRow,
  type EntityRow,
  type MentionRow,
  type PagedColumns,
  type QuoteRow,
  type RelationRow,
  type RoleRow,
} from '../rows';
import { SQL, type StatementName } from './statements';
import { writeExtraction } from './write-extraction';
import { pagesPerKey } from './pages-per-key';
import { checkPage, pagesByParent } from '../pages-by-parent';
import { keysParam } from './keys-param';
import { listsInKeyOrder, recordsById } from '../rows-in-key-order';
import { AnalystReads } from './analyst-reads';
import type * as Analyst from '../store';
import { GraphReads } from './graph-reads';

export interface SqliteStoreOptions {
  /** Migrations to apply (tests pass their own); defaults to ./migrations. */
  migrations?: readonly Migration[];
}

const EMPTY_COUNTS = { entities: 0, mentions: 0, quotes: 0, relations: 0 };

export class SqliteStore implements Store {
  readonly db: Database.Database;
  private readonly statements = new Map<StatementName, Database.Statement>();
  private readonly migrations: readonly Migration[] | undefined;
  /** Commits made through this connection; PRAGMA data_version only counts other connections' commits. */
  private localWrites = 0;

  /** `filename` is a path or ":memory:". Call migrate() before anything else. */
  constructor(filename: string, options: SqliteStoreOptions = {}) {
    this.db = new Database(filename);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('synchronous = NORMAL');
    this.migrations = options.migrations;
    // SQLite's lower() knows only ASCII; search and quote filters need the same folding as the merge keys.
    this.db.function('newsgraph_fold', { deterministic: true }, (text: unknown) => (typeof text === 'string' ? foldText(text) : null));
    this.db.function('newsgraph_typo_match', { deterministic: true }, (key: unknown, query: unknown) =>
      typeof key === 'string' && typeof query === 'string' && typoMatches(key, query) ? 1 : 0,
    );
  }

  /** Prepared once, on first use, and named after the method that runs it. */
  private sql = (name: StatementName): Database.Statement => {
    let statement = this.statements.get(name);
    if (!statement) {
      statement = this.db.prepare(SQL[name]);
      this.statements.set(name, statement);
    }
    return statement;
  };

  async migrate(): Promise<void> {
    applyMigrations(this.db, this.migrations ?? readMigrations());
  }

  async close(): Promise<void> {
    // No PRAGMA optimize here: statistics gathered on a small graph made the planner scan
    // tables it should seek by id, and a long-running server would keep such plans as it grows.
    if (this.db.open) this.db.close();
  }

  // ---- writes -----------------------------------------------------------------

  async ingestDocument(input: DocumentInput, extraction: ExtractionResult): Promise<IngestResult> {
    const hash = contentHash(input.text);
    // IMMEDIATE takes the write lock before the hash check, so two writers of the same text cannot both insert it.
    const run = this.db.transaction((): IngestResult => {
      const existing = this.sql('getDocumentByHash').get(hash) as DocumentRow | undefined;
      if (existing) return { document: toDocumentRecord(existing), created: false, counts: { ...EMPTY_COUNTS } };
      const { documentId, counts } = writeExtraction(this.sql, input, hash, extraction);
      const row = this.sql('getDocuments').get({ keys: JSON.stringify([documentId]) }) as DocumentRow;
      return { document: toDocumentRecord(row), created: true, counts };
    });
    const result = run.immediate();
    if (result.created) this.localWrites++;
    return result;
  }

  async dataVersion(): Promise<string> {
    return `${this.db.pragma('data_version', { simple: true }) as number}.${this.localWrites}`;
  }

  // ---- point lookups ------------------------------------------------------------

  async getDocuments(ids: readonly string[]): Promise<(DocumentRecord | null)[]> {
    return this.byIds(ids, 'getDocuments', (row: DocumentRow) => toDocumentRecord(row));
  }

  async getEntities(ids: readonly string[]): Promise<(EntityRecord | null)[]> {
    return this.byIds(ids, 'getEntities', (row: EntityRow) => toEntityRecord(row));
  }

  async getQuotes(ids: readonly string[]): Promise<(QuoteRecord | null)[]> {
    return this.byIds(ids, 'getQuotes', (row: QuoteRow) => toQuoteRecord(row));
  }

  async getRelations(ids: readonly string[]): Promise<(RelationRecord | null)[]> {
    return this.byIds(ids, 'getRelations', (row: RelationRow) => toRelationRecord(row));
  }

  async getDocumentByHash(hash: string): Promise<DocumentRecord | null> {
    const row = this.sql('getDocumentByHash').get(hash) as DocumentRow | undefined;
    return row ? toDocumentRecord(row) : null;
  }

  async stats(): Promise<StoreStats> {
    return this.sql('stats').get() as StoreStats;
  }

  // ---- root lists -----------------------------------------------------------------

  async listDocuments(page: PageArgs): Promise<Page<DocumentRecord>> {
    return this.rootPage('listDocuments', 'listDocumentsCount', {}, page, (row: DocumentRow) => toDocumentRecord(row));
  }

  async listEntities(filter: EntityFilter, page: PageArgs): Promise<Page<EntityRecord>> {
    const types = typesParam(filter);
    return this.rootPage('listEntities', types === null ? 'listEntities.allCount' : 'listEntitiesCount', { types }, page, (row: EntityRow) =>
      toEntityRecord(row),
    );
  }

  async searchEntities(query: string, filter: EntityFilter, page: PageArgs): Promise<Page<EntityRecord>> {
    // Candidates by three-letter pieces of the names, then edit distance (analyst-reads.ts).
    return this.analyst.searchEntities(query, filter.types ? { types: filter.types } : {}, page);
  }

  async listQuotes(filter: QuoteFilter, page: PageArgs): Promise<Page<QuoteRecord>> {
    const contains = containsParam(filter);
    if (filter.speakerId === undefined) {
      return this.rootPage('listQuotes', 'listQuotesCount', { contains }, page, (row: QuoteRow) => toQuoteRecord(row));
    }
    // An id that names no row matches no quote.
    const speakerId = toRowId(filter.speakerId) ?? -1;
    return this.rootPage('listQuotes.speaker', 'listQuotes.speakerCount', { speakerId, contains }, page, (row: QuoteRow) =>
      toQuoteRecord(row),
    );
  }

  async listRelations(filter: RelationFilter, page: PageArgs): Promise<Page<RelationRecord>> {
    return this.rootPage('listRelations', 'listRelationsCount', { type: filter.type ?? null }, page, (row: RelationRow) =>
      toRelationRecord(row),
    );
  }

  // ---- paged per parent ---------------------------------------------------------------

  async mentionsByEntity(entityIds: readonly string[], page: PageArgs): Promise<Page<MentionRecord>[]> {
    return this.pagedPerKey(entityIds, 'mentionsByEntity.page', 'mentionsByEntity.pageCount', {}, page, (row: MentionRow) => toMentionRecord(row));
  }

  async documentsByEntity(entityIds: readonly string[], page: PageArgs): Promise<Page<DocumentRecord>[]> {
    return this.pagedPerKey(entityIds, 'documentsByEntity.page', 'documentsByEntity.pageCount', {}, page, (row: DocumentRow) => toDocumentRecord(row));
  }

  async relationsByEntity(entityIds: readonly string[], filter: RelationFilter, page: PageArgs): Promise<Page<RelationRecord>[]> {
    return this.pagedPerKey(entityIds, 'relationsByEntity.page', 'relationsByEntity.pageCount', { type: filter.type ?? null }, page, (row: RelationRow) =>
      toRelationRecord(row),
    );
  }

  async quotesBySpeaker(speakerIds: readonly string[], filter: QuoteFilter, page: PageArgs): Promise<Page<QuoteRecord>[]> {
    const contains = containsParam(filter);
    return contains === null
      ? this.pagedPerKey(speakerIds, 'quotesBySpeaker.page', 'quotesBySpeaker.pageCount', {}, page, (row: QuoteRow) => toQuoteRecord(row))
      : this.pagedByParent(speakerIds, 'quotesBySpeaker.contains', { contains }, page, (row: QuoteRow) => toQuoteRecord(row));
  }

  async metByEntity(entityIds: readonly string[], page: PageArgs): Promise<Page<EntityRecord>[]> {
    return this.pagedByParent(entityIds, 'metByEntity', {}, page, (row: EntityRow) => toEntityRecord(row));
  }

  async eventsByParticipant(entityIds: readonly string[], page: PageArgs): Promise<Page<EntityRecord>[]> {
    return this.pagedByParent(entityIds, 'eventsByParticipant', {}, page, (row: EntityRow) => toEntityRecord(row));
  }

  async eventsByLocation(locationIds: readonly string[], page: PageArgs): Promise<Page<EntityRecord>[]> {
    return this.pagedByParent(locationIds, 'eventsByLocation', {}, page, (row: EntityRow) => toEntityRecord(row));
  }

  async membersByOrganization(orgIds: readonly string[], page: PageArgs): Promise<Page<EntityRecord>[]> {
    return this.pagedByParent(orgIds, 'membersByOrganization', {}, page, (row: EntityRow) => toEntityRecord(row));
  }

  async entitiesByDocument(documentIds: readonly string[], filter: EntityFilter, page: PageArgs): Promise<Page<EntityRecord>[]> {
    return this.pagedByParent(documentIds, 'entitiesByDocument', { types: typesParam(filter) }, page, (row: EntityRow) =>
      toEntityRecord(row),
    );
  }

  async quotesByDocument(documentIds: readonly string[], page: PageArgs): Promise<Page<QuoteRecord>[]> {
    return this.pagedByParent(documentIds, 'quotesByDocument', {}, page, (row: QuoteRow) => toQuoteRecord(row));
  }

  async eventsByDocument(documentIds: readonly string[], page: PageArgs): Promise<Page<EntityRecord>[]> {
    return this.pagedByParent(documentIds, 'eventsByDocument', {}, page, (row: EntityRow) => toEntityRecord(row));
  }

  // ---- small lists ------------------------------------------------------------------

  async rolesByPerson(personIds: readonly string[]): Promise<RoleRecord[][]> {
    return this.listsByParent(personIds, 'rolesByPerson', (row: RoleRow) => toRoleRecord(row));
  }

  async participantsByEvent(eventIds: readonly string[]): Promise<ParticipationRecord[][]> {
    return this.listsByParent(eventIds, 'participantsByEvent', toParticipationRecord);
  }

  async locationsByEvent(eventIds: readonly string[]): Promise<EntityRecord[][]> {
    return this.listsByParent(eventIds, 'locationsByEvent', (row: EntityRow & { parent: number }) => toEntityRecord(row));
  }

  // ---- analyst API: graph questions (A2) ----------------------------------------------
  private graphReads?: GraphReads;
  private get graph(): GraphReads {
    return (this.graphReads ??= new GraphReads(this.db));
  }

  async edgesOf(entityIds: readonly string[], filter: EdgeFilter, limit: number): Promise<GraphEdge[]> {
    return this.graph.edgesOf(entityIds, filter, limit);
  }

  async timelineByEntity(entityIds: readonly string[], page: PageArgs): Promise<Page<TimelineItem>[]> {
    return this.graph.timelineByEntity(entityIds, page);
  }

  async cooccurrencesByEntity(
    entityIds: readonly string[],
    scope: CooccurrenceScope,
    filter: EntityFilter,
    page: PageArgs,
  ): Promise<Page<Cooccurrence>[]> {
    return this.graph.cooccurrencesByEntity(entityIds, scope, filter, page);
  }

  // ---- analyst API: filters, full-text search, aggregates (A1) -------------------------
  private analystReads?: AnalystReads;
  private get analyst(): AnalystReads {
    return (this.analystReads ??= new AnalystReads(this.db));
  }

  async findEntities(where: Analyst.EntityWhere, order: Analyst.EntityOrder, page: PageArgs): Promise<Page<EntityRecord>> {
    return this.analyst.findEntities(where, order, page);
  }

  async findEntitiesBy(
    scope: Analyst.EntityScope,
    keys: readonly string[],
    where: Analyst.EntityWhere,
    order: Analyst.EntityOrder,
    page: PageArgs,
  ): Promise<Page<EntityRecord>[]> {
    return this.analyst.findEntitiesBy(scope, keys, where, order, page);
  }

  async findQuotes(where: Analyst.QuoteWhere, order: Analyst.QuoteOrder, page: PageArgs): Promise<Page<QuoteRecord>> {
    return this.analyst.findQuotes(where, order, page);
  }

  async findQuotesBy(
    scope: Analyst.QuoteScope,
    keys: readonly string[],
    where: Analyst.QuoteWhere,
    order: Analyst.QuoteOrder,
    page: PageArgs,
  ): Promise<Page<QuoteRecord>[]> {
    return this.analyst.findQuotesBy(scope, keys, where, order, page);
  }

  async findDocuments(where: Analyst.DocumentWhere, order: Analyst.DocumentOrder, page: PageArgs): Promise<Page<DocumentRecord>> {
    return this.analyst.findDocuments(where, order, page);
  }

  async findDocumentsByEntity(
    entityIds: readonly string[],
    where: Analyst.DocumentWhere,
    order: Analyst.DocumentOrder,
    page: PageArgs,
  ): Promise<Page<DocumentRecord>[]> {
    return this.analyst.findDocumentsByEntity(entityIds, where, order, page);
  }

  async searchQuotes(query: string, where: Analyst.QuoteWhere, page: PageArgs): Promise<Page<Analyst.TextHit<QuoteRecord>>> {
    return this.analyst.searchQuotes(query, where, page);
  }

  async searchDocuments(query: string, where: Analyst.DocumentWhere, page: PageArgs): Promise<Page<Analyst.TextHit<DocumentRecord>>> {
    return this.analyst.searchDocuments(query, where, page);
  }

  async quotesPerSpeaker(page: PageArgs): Promise<Page<Analyst.EntityTally>> {
    return this.analyst.quotesPerSpeaker(page);
  }

  async eventsPerKind(): Promise<Analyst.KindTally[]> {
    return this.analyst.eventsPerKind();
  }

  async eventsPerPlace(page: PageArgs): Promise<Page<Analyst.EntityTally>> {
    return this.analyst.eventsPerPlace(page);
  }

  async mentionsPerDocument(entityIds: readonly string[], page: PageArgs): Promise<Page<Analyst.DocumentTally>[]> {
    return this.analyst.mentionsPerDocument(entityIds, page);
  }

  async findRelations(where: Analyst.RelationWhere, order: Analyst.RelationOrder, page: PageArgs): Promise<Page<RelationRecord>> {
    return this.analyst.findRelations(where, order, page);
  }

  async findRelationsByEntity(
    entityIds: readonly string[],
    where: Analyst.RelationWhere,
    order: Analyst.RelationOrder,
    page: PageArgs,
  ): Promise<Page<RelationRecord>[]> {
    return this.analyst.findRelationsByEntity(entityIds, where, order, page);
  }

  async searchEntitiesWhere(query: string, where: Analyst.EntityWhere, page: PageArgs): Promise<Page<EntityRecord>> {
    return this.analyst.searchEntities(query, where, page);
  }

  async findMentionsByEntity(entityIds: readonly string[], where: Analyst.MentionWhere, page: PageArgs): Promise<Page<MentionRecord>[]> {
    return this.analyst.findMentionsByEntity(entityIds, where, page);
  }

  // ---- mechanisms ------------------------------------------------------------------------

  /** One statement for all ids; results put back in key order (SQL row order is not trusted). */
  private byIds<Row extends { id: number }, T>(ids: readonly string[], name: StatementName, map: (row: Row) => T): (T | null)[] {
    return recordsById(ids, this.sql(name).all({ keys: keysParam(ids) }) as Row[], map);
  }

  private rootPage<Row, T>(
    name: StatementName,
    countName: StatementName,
    params: Record<string, unknown>,
    page: PageArgs,
    map: (row: Row) => T,
  ): Page<T> {
    const { offset, limit } = checkPage(page);
    const rows = limit === 0 ? [] : (this.sql(name).all({ ...params, offset, limit }) as Row[]);
    const { total } = this.sql(countName).get(params) as { total: number };
    return { items: rows.map(map), totalCount: total };
  }

  /**
   * One Page per key, in key order, from ONE statement. The statement also
   * returns row 1 of each parent (so totalCount survives a page past the end);
   * rows before the offset are dropped here.
   */
  private pagedByParent<Row, T>(
    keys: readonly string[],
    name: StatementName,
    params: Record<string, unknown>,
    page: PageArgs,
    map: (row: Row) => T,
  ): Page<T>[] {
    const { offset, limit } = checkPage(page);
    const rows = this.sql(name).all({ ...params, keys: keysParam(keys), offset, limit }) as (Row & PagedColumns)[];
    return pagesByParent(keys, rows, { offset, limit }, map);
  }

  /**
   * One Page per key, in key order, from two prepared statements run per key (a
   * page of the parent's rows, LIMIT/OFFSET in index order, and its COUNT). In
   * process, a statement per key costs microseconds, and a busy parent's page
   * reads only its LIMIT rows instead of ranking all of them as paged() does.
   */
  private pagedPerKey<Row, T>(
    keys: readonly string[],
    name: StatementName,
    countName: StatementName,
    params: Record<string, unknown>,
    page: PageArgs,
    map: (row: Row) => T,
  ): Page<T>[] {
    return pagesPerKey(this.sql(name), this.sql(countName), keys, params, page, map);
  }

  /** Unpaged small lists: rows grouped by parent, returned in key order, rows in statement order. */
  private listsByParent<Row extends { parent: number }, T>(keys: readonly string[], name: StatementName, map: (row: Row) => T): T[][] {
    return listsInKeyOrder(keys, this.sql(name).all({ keys: keysParam(keys) }) as Row[], map);
  }
}

function typesParam(filter: EntityFilter): string | null {
  return filter.types && filter.types.length > 0 ? JSON.stringify(filter.types) : null;
}

function containsParam(filter: QuoteFilter): string | null {
  return filter.contains && filter.contains.length > 0 ? foldText(filter.contains) : null;
}
