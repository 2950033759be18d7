/**
 * What the page knows of the graph (everything loaded so far) and which part
 * of it is drawn. Drawing is capped (`maxNodes`) so that a graph of thousands
 * of entities stays responsive; the analyst's own choices come first:
 *   1. entities searched for or expanded, the latest first,
 *   2. the neighbours of expanded entities,
 *   3. everything else,
 * within 2 and 3 the most mentioned first.
 * Pure data, no DOM: tested in test/explorer.
 */
import type { EntityType, ExplorerEdgeFragment, ExplorerNodeFragment, RelationType } from '../../schema/generated/graphql';

export type { EntityType, RelationType };

export const ENTITY_TYPES: readonly EntityType[] = ['PERSON', 'ORGANIZATION', 'LOCATION', 'EVENT'];
export const RELATION_TYPES: readonly RelationType[] = ['MET', 'AFFILIATED_WITH', 'PARTICIPATED_IN', 'OCCURRED_IN', 'LOCATED_IN', 'OTHER'];

export interface GraphNode {
  id: string;
  name: string;
  type: EntityType;
  salience: number;
  mentionCount: number;
}

export interface GraphEdge {
  id: string;
  type: RelationType;
  /** The extractor's own label (differs from `type` for OTHER). */
  label: string;
  source: string;
  target: string;
  /** Ids of the documents that state the relation. */
  documents: string[];
}

export interface GraphFilters {
  types: ReadonlySet<EntityType>;
  relationTypes: ReadonlySet<RelationType>;
  /** When set, only these entities (the ones a chosen document mentions). */
  entityIds?: ReadonlySet<string>;
  /** When set, only relations this document states. */
  documentId?: string;
}

export interface DrawnGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Entities that pass the filters but are left out by the cap. */
  hidden: number;
}

export class GraphModel {
  readonly nodes = new Map<string, GraphNode>();
  readonly edges = new Map<string, GraphEdge>();
  /** Searched-for or expanded entities, the latest last. */
  private readonly pinned: string[] = [];
  private readonly expanded = new Set<string>();

  addNode(node: ExplorerNodeFragment | GraphNode): GraphNode {
    const entry: GraphNode = { id: node.id, name: node.name, type: node.type, salience: node.salience, mentionCount: node.mentionCount };
    this.nodes.set(entry.id, entry);
    return entry;
  }

  /** Adds a relation and both its ends. */
  addEdge(edge: ExplorerEdgeFragment): GraphEdge {
    this.addNode(edge.source);
    this.addNode(edge.target);
    return this.addRelation({ ...edge, source: edge.source.id, target: edge.target.id, documents: edge.evidence.map((span) => span.document.id) });
  }

  /** Adds a relation between entities known by id (a `neighborhood` edge); add its ends with addNode. */
  addRelation(edge: GraphEdge): GraphEdge {
    const entry: GraphEdge = { id: edge.id, type: edge.type, label: edge.label, source: edge.source, target: edge.target, documents: [...new Set(edge.documents)] };
    this.edges.set(entry.id, entry);
    return entry;
  }

  /** Keeps an entity drawn whatever the cap (up to the cap itself). */
  pin(id: string): void {
    const at = this.pinned.indexOf(id);
    if (at >= 0) this.pinned.splice(at, 1);
    this.pinned.push(id);
  }

  markExpanded(id: string): void {
    this.expanded.add(id);
    this.pin(id);
  }

  isExpanded(id: string): boolean {
    return this.expanded.has(id);
  }

  /** Entities linked to `id` by a loaded relation, each once. */
  neighbours(id: string): string[] {
    const found = new Set<string>();
    for (const edge of this.edges.values()) {
      if (edge.source === id && edge.target !== id) found.add(edge.target);
      else if (edge.target === id && edge.source !== id) found.add(edge.source);
    }
    return [...found];
  }

  /** The part of the graph to draw: at most `maxNodes` entities that pass the filters, and the relations among them. */
  drawn(maxNodes: number, filters: GraphFilters): DrawnGraph {
    const passes = (node: GraphNode | undefined): node is GraphNode =>
      node !== undefined && filters.types.has(node.type) && (!filters.entityIds || filters.entityIds.has(node.id));
    const byWeight = (a: GraphNode, b: GraphNode) => b.mentionCount - a.mentionCount || b.salience - a.salience || a.name.localeCompare(b.name);

    const chosen = new Map<string, GraphNode>();
    const take = (node: GraphNode) => {
      if (chosen.size < maxNodes && !chosen.has(node.id)) chosen.set(node.id, node);
    };
    for (let i = this.pinned.length - 1; i >= 0; i--) {
      const node = this.nodes.get(this.pinned[i]);
      if (passes(node)) take(node);
    }
    const neighbours = new Set<string>();
    for (const id of this.expanded) for (const other of this.neighbours(id)) neighbours.add(other);
    [...neighbours].map((id) => this.nodes.get(id)).filter(passes).sort(byWeight).forEach(take);
    const candidates = [...this.nodes.values()].filter(passes);
    candidates.sort(byWeight).forEach(take);

    const edges = [...this.edges.values()].filter(
      (edge) =>
        chosen.has(edge.source) &&
        chosen.has(edge.target) &&
        filters.relationTypes.has(edge.type) &&
        (!filters.documentId || edge.documents.includes(filters.documentId)),
    );
    return { nodes: [...chosen.values()], edges, hidden: candidates.length - chosen.size };
  }
}
