/**
 * What a store holds, in a form two stores can be compared by, read through
 * the Store interface only (so it works on every adapter). Store ids are left
 * out (they depend on write order); documents are known by content hash and
 * entities by type and name.
 */
import { exportGraph } from '../../src/graph/export-graph';
import type { MentionRecord } from '../../src/graph/model';
import type { Store } from '../../src/store/store';

const EVERYTHING = { offset: 0, limit: 1_000_000 };

/** The facts one document contributed: its mentions, quotes and relation evidence, as sorted strings. */
export interface DocumentFacts {
  mentions: string[];
  quotes: string[];
  relations: string[];
}

/** Facts per document content hash. */
export async function factsByDocument(store: Store): Promise<Map<string, DocumentFacts>> {
  const graph = await exportGraph(store);
  const hashOf = new Map(graph.documents.map((d) => [d.id, d.contentHash]));
  const facts = new Map<string, DocumentFacts>();
  const of = (documentId: string): DocumentFacts => {
    const hash = hashOf.get(documentId);
    if (!hash) throw new Error(`a fact points at document ${documentId}, which is not stored`);
    let entry = facts.get(hash);
    if (!entry) facts.set(hash, (entry = { mentions: [], quotes: [], relations: [] }));
    return entry;
  };
  for (const d of graph.documents) of(d.id);
  const mentionPages = await store.mentionsByEntity(
    graph.entities.map((e) => e.id),
    EVERYTHING,
  );
  const typeOf = new Map(graph.entities.map((e) => [e.id, e.type]));
  for (const m of mentionPages.flatMap((p) => p.items) as MentionRecord[]) {
    of(m.documentId).mentions.push(`${m.start}-${m.end} ${typeOf.get(m.entityId)} "${m.text}" ${m.rule}`);
  }
  for (const q of graph.quotes) {
    of(q.documentId).quotes.push(`${q.start}-${q.end} ${q.direct ? 'direct' : 'reported'} speaker:${q.speakerId !== null} "${q.text}" ${q.rule}`);
  }
  for (const r of graph.relations) {
    for (const e of r.evidence) of(e.documentId).relations.push(`${r.type} ${e.start}-${e.end}`);
  }
  for (const entry of facts.values()) for (const list of Object.values(entry)) list.sort();
  return facts;
}

/** The whole graph without ids: documents by hash; entities, quotes and relations by what they say. */
export async function graphFingerprint(store: Store): Promise<Record<string, string[]>> {
  const graph = await exportGraph(store);
  const nameOf = new Map(graph.entities.map((e) => [e.id, `${e.type}:${e.name}`]));
  const name = (id: string | null) => (id === null ? '-' : (nameOf.get(id) ?? `missing:${id}`));
  return {
    documents: graph.documents.map((d) => `${d.contentHash} ${d.title} ${d.publishedAt}`).sort(),
    entities: graph.entities.map((e) => `${e.type}:${e.name} [${[...e.aliases].sort().join('|')}] x${e.mentionCount} ${e.confidence.toFixed(3)}`).sort(),
    quotes: graph.quotes.map((q) => `${name(q.speakerId)} -> ${name(q.addresseeId)}: "${q.text}"`).sort(),
    relations: graph.relations.map((r) => `${name(r.sourceId)} ${r.type} ${name(r.targetId)} (${r.evidence.length})`).sort(),
  };
}
