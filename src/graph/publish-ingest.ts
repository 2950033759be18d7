/**
 * publishIngest: tells subscribers what an ingest changed: the document, then
 * each entity it mentions (new or merged into). Nothing is published when the
 * text was already there (created=false: nothing changed).
 */
import type { IngestResult, Store } from '../store/store';
import type { GraphEvents } from './graph-events';

/** Entities of one document read per store call; an article rarely names more. */
const PAGE = 500;

export async function publishIngest(store: Store, events: GraphEvents, result: IngestResult): Promise<void> {
  if (!result.created) return;
  const documentId = result.document.id;
  events.documentIngested({ documentId, counts: result.counts });
  for (let offset = 0; ; offset += PAGE) {
    const [page] = await store.entitiesByDocument([documentId], {}, { offset, limit: PAGE });
    for (const entity of page.items) events.entityUpdated({ entityId: entity.id, documentId });
    if (page.items.length < PAGE || offset + PAGE >= page.totalCount) return;
  }
}
