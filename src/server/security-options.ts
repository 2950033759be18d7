/**
 * The limits and access rules of the public API, with their defaults and the
 * NEWSGRAPH_* variable that changes each (SECURITY.md lists them). The
 * defaults are on: a server started with no configuration already refuses
 * hostile queries, and every example operation of the repository fits
 * within them with room to spare.
 */
import { DEFAULT_MAX_DEPTH } from './max-depth-rule';
import { MAX_PAGE_SIZE } from '../schema/page-args';

export interface SecurityOptions {
  /** Deepest field nesting (NEWSGRAPH_MAX_DEPTH). */
  maxDepth: number;
  /** Aliased fields per operation (NEWSGRAPH_MAX_ALIASES). */
  maxAliases: number;
  /** Lexical tokens per document (NEWSGRAPH_MAX_TOKENS). */
  maxTokens: number;
  /** Directives per operation (NEWSGRAPH_MAX_DIRECTIVES). */
  maxDirectives: number;
  /** Estimated cost, page sizes multiplied through (NEWSGRAPH_MAX_COST; see query-cost.ts). */
  maxCost: number;
  /** Largest `first` of a connection (NEWSGRAPH_MAX_FIRST); the store never pages more than MAX_PAGE_SIZE. */
  maxFirst: number;
  /** Request body bytes (NEWSGRAPH_MAX_BODY_BYTES). */
  maxBodyBytes: number;
  /** Operations per batched request; 0 turns batching off (NEWSGRAPH_BATCH_LIMIT). */
  batchLimit: number;
  /** Milliseconds an operation may run before it is aborted (NEWSGRAPH_TIMEOUT_MS). */
  timeoutMs: number;
  /** When set, mutations need `Authorization: Bearer <token>` (NEWSGRAPH_TOKEN). */
  token?: string;
  /** Refuse every mutation (NEWSGRAPH_READ_ONLY=true). */
  readOnly: boolean;
  /** Origins allowed cross-origin; empty means same-origin only, ['*'] any (NEWSGRAPH_CORS_ORIGINS, comma-separated). */
  corsOrigins: string[];
  /** Schema introspection and "Did you mean" suggestions (NEWSGRAPH_INTROSPECTION). */
  introspection: boolean;
}

export const DEFAULT_SECURITY: SecurityOptions = {
  maxDepth: DEFAULT_MAX_DEPTH,
  maxAliases: 15,
  maxTokens: 1000,
  maxDirectives: 20,
  maxCost: 100_000,
  maxFirst: MAX_PAGE_SIZE,
  // Ingested articles may be 1 MiB (NEWSGRAPH_MAX_DOCUMENT_BYTES) and grow when JSON-escaped.
  maxBodyBytes: 2 * 1024 * 1024,
  batchLimit: 0,
  timeoutMs: 10_000,
  readOnly: false,
  corsOrigins: [],
  introspection: true,
};

/**
 * The options the environment sets; anything unset keeps its default.
 * Introspection defaults to off when NODE_ENV=production. A malformed value
 * stops the server at startup rather than silently falling back.
 */
export function securityOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): SecurityOptions {
  const d = DEFAULT_SECURITY;
  return {
    maxDepth: count(env, 'NEWSGRAPH_MAX_DEPTH', d.maxDepth),
    maxAliases: count(env, 'NEWSGRAPH_MAX_ALIASES', d.maxAliases),
    maxTokens: count(env, 'NEWSGRAPH_MAX_TOKENS', d.maxTokens),
    maxDirectives: count(env, 'NEWSGRAPH_MAX_DIRECTIVES', d.maxDirectives),
    maxCost: count(env, 'NEWSGRAPH_MAX_COST', d.maxCost),
    maxFirst: count(env, 'NEWSGRAPH_MAX_FIRST', d.maxFirst),
    maxBodyBytes: count(env, 'NEWSGRAPH_MAX_BODY_BYTES', d.maxBodyBytes),
    batchLimit: count(env, 'NEWSGRAPH_BATCH_LIMIT', d.batchLimit),
    timeoutMs: count(env, 'NEWSGRAPH_TIMEOUT_MS', d.timeoutMs),
    ...(env.NEWSGRAPH_TOKEN ? { token: env.NEWSGRAPH_TOKEN } : {}),
    readOnly: flag(env, 'NEWSGRAPH_READ_ONLY', d.readOnly),
    corsOrigins: (env.NEWSGRAPH_CORS_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    introspection: flag(env, 'NEWSGRAPH_INTROSPECTION', env.NODE_ENV !== 'production'),
  };
}

function count(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, 0 or more (got "${raw}")`);
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new Error(`${name} must be true or false (got "${env[name]}")`);
}
