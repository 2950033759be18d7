/**
 * The PostgreSQL Store: a pg.Pool, so several replicas (and the requests of
 * one) read in parallel while ingests write. One ingest is one transaction on
 * one pooled connection; reads go to the pool. Rows are mapped to domain
 * records here (src/store/rows.ts: the columns are the same as SQLite's), and never
 * leave the adapter. The analyst reads live in PgAnalystReads and PgGraphReads
 * and get the same pool.
 */
import { Pool, type PoolClient, type QueryResultRow } from 'pg';
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
import type {
  Cooccurrence,
  CooccurrenceScope,
  DocumentInput,
  EdgeFilter,
  EntityFilter,
  GraphEdge,
  IngestResult,
  QuoteFilter,
  RelationFilter,
  Store,
  StoreStats,
  TimelineItem,
} from '../store';
import type * as Analyst from '../store';
import {
  toDocumentRecord,
  toEntityRecord,
  toMentionRecord,
  toParticipationRecord,
  toQuoteRecord,
  toRelationRecord,
  toRoleRecord,
  type DocumentRow,
  type EntityRow,
  type MentionRow,
  type PagedColumns,
  type QuoteRow,
  type RelationRow,
  type RoleRow,
} from '../rows';
import { checkPage, pagesByParent } from '../pages-by-parent';
import { listsInKeyOrder, recordsById } from '../rows-in-key-order';
import { applyPgMigrations, readPgMigrations, type Migration } from './apply-migrations';
import { PgAnalystReads } from './analyst-reads';
import { PgGraphReads } from './graph-reads';
import { parsePostgresUrl, type PostgresTarget } from './pg-url';
import { keysParam, rowIdOrNone } from './row-ids';
import { COMPILED, type StatementName } from './statements';
import { pgDocumentParams, writeExtraction, type RunStatement } from './write-extraction';

export interface PostgresStoreOptions {
  /** Migrations to apply (tests pass their own); defaults to ./migrations. */
  migrations?: readonly Migration[];
  /** Pool size; defaults to NEWSGRAPH_PG_POOL_MAX, else 10. */
  poolMax?: number;
}

const EMPTY_COUNTS = { entities: 0, mentions: 0, quotes: 0, relations: 0 };
/** Deadlock and serialization failures: the transaction did nothing and may simply run again. */
const RETRYABLE = new Set(['40P01', '40001']);
const INGEST_ATTEMPTS = 5;
/**
 * The tables the reads plan on. VACUUM (ANALYZE) after a bulk ingest gives the
 * planner their sizes (with none it guessed seq scans and JIT-compiled the
 * batch reads) and marks their pages all-visible, so a COUNT reads an index
 * alone. Servers may run with autovacuum off (the development one does), so
 * the store does not leave it to autovacuum.
 */
const VACUUMED_TABLES =
  'documents, entities, entity_names, merge_keys, entity_documents, mentions, roles, quotes, quote_about, relations, relation_evidence, event_participants, event_locations, entity_merges, sentences';
/** Documents ingested since the last VACUUM (ANALYZE) that start another (and at least as many as before it). */
const VACUUM_AFTER_DOCUMENTS = 100;

type Queryable = Pool | PoolClient;

export class PostgresStore implements Store {
  readonly pool: Pool;
  readonly target: PostgresTarget;
  private readonly migrations: readonly Migration[] | undefined;
  private readonly analyst: PgAnalystReads;
  private readonly graph: PgGraphReads;
  private closed = false;
  /** Documents this store ingested since its last VACUUM (ANALYZE), and in all. */
  private ingestedSinceVacuum = 0;
  private ingestedInAll = 0;
  private vacuuming: Promise<void> | null = null;

  /** `databaseUrl` is a postgres:// URL, optionally with ?schema=NAME. Call migrate() before anything else. */
  constructor(databaseUrl: string, options: PostgresStoreOptions = {}) {
    this.target = parsePostgresUrl(databaseUrl);
    this.migrations = options.migrations;
    this.pool = new Pool({
      connectionString: this.target.connectionString,
      // JIT compiling costs more (15-20 ms) than the short batch reads it would speed up. A prepared
      // statement's generic plan (taken after five runs) cannot see how many keys @keys holds nor which
      // `@x IS NULL OR ...` branches hold: the batch reads' generic plans hash-joined every quote (5 -> 20-40 ms
      // at 10,000 articles), so every run is planned for its own parameters (about a millisecond).
      options: [this.target.options, '-c jit=off -c plan_cache_mode=force_custom_plan'].filter(Boolean).join(' '),
      max: options.poolMax ?? poolMaxFromEnv(),
      // An unreachable host fails start-up in seconds instead of hanging it.
      connectionTimeoutMillis: 10_000,
    });
    // An idle connection the server drops (restart, failover) must not crash the process;
    // the pool replaces it and the next query reports any lasting trouble.
    this.pool.on('error', () => {});
    this.analyst = new PgAnalystReads(this.pool);
    this.graph = new PgGraphReads(this.pool);
  }

  async migrate(): Promise<void> {
    const client = await this.pool.connect();
    try {
      await applyPgMigrations(client, this.target.schema, this.migrations ?? readPgMigrations());
      client.release();
    } catch (error) {
      // Closing the connection ends its session, and with it any advisory lock it may still hold.
      client.release(true);
      throw error;
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.vacuuming;
    if (this.ingestedSinceVacuum >= VACUUM_AFTER_DOCUMENTS) await this.vacuum();
    await this.pool.end();
  }

  /**
   * After a bulk ingest: at 100, 200, 400... documents ingested in the background
   * (inserts go on meanwhile), and at close() for the rest.
   */
  private countIngested(): void {
    this.ingestedSinceVacuum++;
    this.ingestedInAll++;
    if (this.vacuuming || this.closed) return;
    if (this.ingestedSinceVacuum < Math.max(VACUUM_AFTER_DOCUMENTS, this.ingestedInAll - this.ingestedSinceVacuum)) return;
    this.vacuuming = this.vacuum().finally(() => {
      this.vacuuming = null;
    });
  }

  /** VACUUM (ANALYZE) of the store's tables; a failure (not the tables' owner, say) only leaves the statistics older. */
  private async vacuum(): Promise<void> {
    this.ingestedSinceVacuum = 0;
    await this.pool.query(`VACUUM (ANALYZE) ${VACUUMED_TABLES}`).catch(() => {});
  }

  // ---- writes -----------------------------------------------------------------

  async ingestDocument(input: DocumentInput, extraction: ExtractionResult): Promise<IngestResult> {
    const hash = contentHash(input.text);
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.ingestOnce(input, extraction, hash);
      } catch (error) {
        // Two ingests of overlapping entities can still deadlock on rows outside the merge-key locks
        // (an entity reached through different keys); PostgreSQL aborts one, which runs again.
        if (attempt >= INGEST_ATTEMPTS || !RETRYABLE.has((error as { code?: string }).code ?? '')) throw error;
        await new Promise((resolve) => setTimeout(resolve, 5 * attempt * Math.random()));
      }
    }
  }

  private async ingestOnce(input: DocumentInput, extraction: ExtractionResult, hash: string): Promise<IngestResult> {
    const client = await this.pool.connect();
    const run: RunStatement = (name, params) => runStatement(client, name, params ?? {});
    let broken = false;
    try {
      await client.query('BEGIN');
      const inserted = await run<{ id: number }>('ingestDocument.insertDocument', pgDocumentParams(input, hash, extraction));
      if (inserted.length === 0) {
        // The same text is already there (perhaps committed a moment ago by another process).
        await client.query('ROLLBACK');
        const [existing] = await run<DocumentRow>('getDocumentByHash', { hash });
        return { document: toDocumentRecord(existing), created: false, counts: { ...EMPTY_COUNTS } };
      }
      const documentId = inserted[0].id;
      const counts = await writeExtraction(run, documentId, extraction);
      await run('ingestDocument.bumpVersion', { quotes: counts.quotes });
      const [row] = await run<DocumentRow>('getDocuments', { keys: [documentId] });
      await client.query('COMMIT');
      this.countIngested();
      return { document: toDocumentRecord(row), created: true, counts };
    } catch (error) {
      // A connection that cannot even roll back is closed rather than handed to the next caller.
      broken = await client.query('ROLLBACK').then(
        () => false,
        () => true,
      );
      throw error;
    } finally {
      client.release(broken);
    }
  }

  async dataVersion(): Promise<string> {
    const [row] = await this.rows<{ version: string }>('dataVersion');
    return row.version;
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
    const [row] = await this.rows<DocumentRow>('getDocumentByHash', { hash });
    return row ? toDocumentRecord(row) : null;
  }

  async stats(): Promise<StoreStats> {
    const [row] = await this.rows<StoreStats & QueryResultRow>('stats');
    return { documents: row.documents, entities: row.entities, quotes: row.quotes, relations: row.relations, mentions: row.mentions };
  }

  // ---- root lists -----------------------------------------------------------------

  async listDocuments(page: PageArgs): Promise<Page<DocumentRecord>> {
    return this.rootPage('listDocuments', 'listDocumentsCount', {}, page, (row: DocumentRow) => toDocumentRecord(row));
  }

  async listEntities(filter: EntityFilter, page: PageArgs): Promise<Page<EntityRecord>> {
    const types = typesParam(filter);
    if (types?.length === 1) {
      return this.rootPage('listEntities.type', 'listEntities.typeCount', { type: types[0] }, page, (row: EntityRow) => toEntityRecord(row));
    }
    return this.rootPage('listEntities', 'listEntitiesCount', { types: typesParam(filter) }, page, (row: EntityRow) =>
      toEntityRecord(row),
    );
  }

  async searchEntities(query: string, filter: EntityFilter, page: PageArgs): Promise<Page<EntityRecord>> {
    // Candidates by trigram, then edit distance: the analyst reads' search with only a type condition.
    return this.analyst.searchEntitiesWhere(query, filter.types ? { types: filter.types } : {}, page);
  }

  async listQuotes(filter: QuoteFilter, page: PageArgs): Promise<Page<QuoteRecord>> {
    const contains = containsParam(filter);
    if (filter.speakerId === undefined) {
      return this.rootPage('listQuotes', contains === null ? 'listQuotesCount.all' : 'listQuotesCount', { contains }, page, (row: QuoteRow) =>
        toQuoteRecord(row),
      );
    }
    // An id that names no row matches no quote.
    const speakerId = rowIdOrNone(filter.speakerId);
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
    return this.pagedByParent(entityIds, 'mentionsByEntity', {}, page, (row: MentionRow) => toMentionRecord(row));
  }

  async documentsByEntity(entityIds: readonly string[], page: PageArgs): Promise<Page<DocumentRecord>[]> {
    return this.pagedByParent(entityIds, 'documentsByEntity', {}, page, (row: DocumentRow) => toDocumentRecord(row));
  }

  async relationsByEntity(entityIds: readonly string[], filter: RelationFilter, page: PageArgs): Promise<Page<RelationRecord>[]> {
    return this.pagedByParent(entityIds, 'relationsByEntity', { type: filter.type ?? null }, page, (row: RelationRow) =>
      toRelationRecord(row),
    );
  }

  async quotesBySpeaker(speakerIds: readonly string[], filter: QuoteFilter, page: PageArgs): Promise<Page<QuoteRecord>[]> {
    return this.pagedByParent(speakerIds, 'quotesBySpeaker', { contains: containsParam(filter) }, page, (row: QuoteRow) =>
      toQuoteRecord(row),
    );
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
    return this.analyst.searchEntitiesWhere(query, where, page);
  }

  async findMentionsByEntity(entityIds: readonly string[], where: Analyst.MentionWhere, page: PageArgs): Promise<Page<MentionRecord>[]> {
    return this.analyst.findMentionsByEntity(entityIds, where, page);
  }

  // ---- mechanisms ------------------------------------------------------------------------

  private rows<Row>(name: StatementName, params: Record<string, unknown> = {}): Promise<Row[]> {
    return runStatement<Row>(this.pool, name, params);
  }

  /** One statement for all ids; results put back in key order (SQL row order is not trusted). */
  private async byIds<Row extends { id: number }, T>(ids: readonly string[], name: StatementName, map: (row: Row) => T): Promise<(T | null)[]> {
    return recordsById(ids, await this.rows<Row>(name, { keys: keysParam(ids) }), map);
  }

  private async rootPage<Row, T>(
    name: StatementName,
    countName: StatementName,
    params: Record<string, unknown>,
    page: PageArgs,
    map: (row: Row) => T,
  ): Promise<Page<T>> {
    const { offset, limit } = checkPage(page);
    const [rows, [{ total }]] = await Promise.all([
      limit === 0 ? Promise.resolve([] as Row[]) : this.rows<Row>(name, { ...params, offset, limit }),
      this.rows<{ total: number }>(countName, params),
    ]);
    return { items: rows.map(map), totalCount: total };
  }

  /**
   * One Page per key, in key order, from ONE statement. The statement also
   * returns row 1 of each parent (so totalCount survives a page past the end);
   * rows before the offset are dropped here.
   */
  private async pagedByParent<Row, T>(
    keys: readonly string[],
    name: StatementName,
    params: Record<string, unknown>,
    page: PageArgs,
    map: (row: Row) => T,
  ): Promise<Page<T>[]> {
    const { offset, limit } = checkPage(page);
    const rows = await this.rows<Row & PagedColumns>(name, { ...params, keys: keysParam(keys), offset, limit });
    return pagesByParent(keys, rows, { offset, limit }, map);
  }

  /** Unpaged small lists: rows grouped by parent, returned in key order, rows in statement order. */
  private async listsByParent<Row extends { parent: number }, T>(
    keys: readonly string[],
    name: StatementName,
    map: (row: Row) => T,
  ): Promise<T[][]> {
    return listsInKeyOrder(keys, await this.rows<Row>(name, { keys: keysParam(keys) }), map);
  }
}

/**
 * Runs a statement of statements.ts as a named prepared statement (parsed once
 * per connection), its `@name` parameters taken from `params` (missing: null).
 */
export async function runStatement<Row>(db: Queryable, name: StatementName, params: Record<string, unknown>): Promise<Row[]> {
  const statement = COMPILED[name];
  const values = statement.params.map((param) => params[param] ?? null);
  const result = await db.query({ name: statement.name, text: statement.text, values });
  return result.rows as Row[];
}

function poolMaxFromEnv(): number {
  const raw = process.env.NEWSGRAPH_PG_POOL_MAX?.trim();
  if (!raw) return 10;
  const max = Number(raw);
  if (!Number.isInteger(max) || max < 1) throw new RangeError(`NEWSGRAPH_PG_POOL_MAX must be a whole number >= 1, got "${raw}"`);
  return max;
}

function typesParam(filter: EntityFilter): string[] | null {
  return filter.types && filter.types.length > 0 ? filter.types : null;
}

function containsParam(filter: QuoteFilter): string | null {
  return filter.contains && filter.contains.length > 0 ? foldText(filter.contains) : null;
}
