/**
 * The extractor names entities with document-local ids ("e1"); the store with
 * its own ids. LocalIds maps one to the other for the document being written
 * and refuses ids that the document never defined, so a bad reference aborts
 * the ingest instead of writing a dangling fact.
 */
import type { ExtractedEntity } from '../extract/types';
import { InvalidExtractionError } from './invalid-extraction-error';

export class LocalIds<StoreId> {
  private readonly known: Map<string, ExtractedEntity>;
  private readonly storeIds = new Map<string, StoreId>();

  constructor(entities: readonly ExtractedEntity[]) {
    this.known = new Map();
    for (const entity of entities) {
      if (this.known.has(entity.id)) {
        throw new InvalidExtractionError(`entity id "${entity.id}" is used by two entities of the document; ids must be unique`);
      }
      this.known.set(entity.id, entity);
    }
  }

  entity(localId: string): ExtractedEntity | undefined {
    return this.known.get(localId);
  }

  set(localId: string, storeId: StoreId): void {
    this.storeIds.set(localId, storeId);
  }

  /** The store id of a local id; `what` names the referring fact for the error message. */
  resolve(localId: string, what: string): StoreId {
    const id = this.storeIds.get(localId);
    if (id === undefined) {
      throw new InvalidExtractionError(`${what} refers to entity id "${localId}", which is not an entity of the document`);
    }
    return id;
  }

  /** Like resolve, for optional references: null stays null. */
  resolveOptional(localId: string | null | undefined, what: string): StoreId | null {
    return localId === null || localId === undefined ? null : this.resolve(localId, what);
  }

  /** The store id when the entity is already written, else undefined (used while merging in order). */
  peek(localId: string): StoreId | undefined {
    return this.storeIds.get(localId);
  }
}
