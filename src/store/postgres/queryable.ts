/**
 * What the PostgreSQL read modules need of a connection: one parameterised
 * query. A pg.Pool, a pg.PoolClient and a pg.Client all fit, so the same read
 * code runs on the pool or inside an ingest transaction.
 */
import type { QueryResult, QueryResultRow } from 'pg';

export interface PgQueryable {
  query<R extends QueryResultRow = QueryResultRow>(text: string, values?: unknown[]): Promise<QueryResult<R>>;
}
