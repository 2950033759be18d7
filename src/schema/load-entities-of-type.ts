import type { EntityRecord, EntityType } from '../graph/model';
import type { GraphQLContext } from './context';

/**
 * Relay `node(id:)` loading for one entity type: through the request's entity
 * loader, and null when the id names an entity of another type (a "Person"
 * global id must not hand back an organization).
 */
export function loadEntitiesOfType(type: EntityType) {
  return async (ids: string[], ctx: GraphQLContext): Promise<(EntityRecord | null)[]> => {
    const records = await ctx.loaders.entity.loadMany(ids);
    return records.map((record) => (record instanceof Error || record?.type !== type ? null : record));
  };
}
