/**
 * The explorer page: loads the most mentioned part of the graph, draws it,
 * and wires search, filters, expansion, the side panel, the source view and
 * the map. `?max=N` sets how many nodes are drawn at once (default 300).
 */
import 'leaflet/dist/leaflet.css';
import './styles.css';
import {
  ExplorerDocumentEntitiesDocument,
  type ExplorerDocumentEntitiesQuery,
  type ExplorerEdgeFragment,
  ExplorerEntityDocument,
  ExplorerNeighbourhoodDocument,
  ExplorerOverviewDocument,
  type ExplorerOverviewQuery,
  type ExplorerSpanFragment,
} from '../../schema/generated/graphql';
import { request } from './api';
import { el } from './element';
import { EntityPanel } from './entity-panel';
import { ENTITY_TYPES, type EntityType, GraphModel, RELATION_TYPES, type RelationType } from './graph-model';
import { GraphView } from './graph-view';
import { MapView } from './map-view';
import { ENTITY_STYLES, RELATION_STYLES } from './palette';
import { SearchBox } from './search-box';
import { SourceView } from './source-view';
import { setUpTabs } from './tabs';

const DEFAULT_MAX_NODES = 300;
/** Nodes added to the drawing by "Show more nodes". */
const MORE_STEP = 100;
/** Entities one expansion loads at most (the API allows 500). */
const NEIGHBOURHOOD_LIMIT = 200;

function byId<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`the page has no #${id}`);
  return found as T;
}

function readMaxNodes(): number {
  const raw = Number(new URLSearchParams(location.search).get('max'));
  return Number.isInteger(raw) && raw > 0 ? raw : DEFAULT_MAX_NODES;
}

class Explorer {
  private readonly model = new GraphModel();
  /** Evidence of each loaded relation, for "click an edge, see the source". */
  private readonly evidence = new Map<string, { spans: ExplorerSpanFragment[]; caption: string }>();
  private readonly types = new Set<EntityType>(ENTITY_TYPES);
  private readonly relationTypes = new Set<RelationType>(RELATION_TYPES);
  private documentId = '';
  private documentEntities: Set<string> | undefined;
  private maxNodes = readMaxNodes();
  private entitiesAfter: string | null = null;
  private moreEntities = true;
  private totalEntities = 0;

  private readonly status = byId<HTMLElement>('status');
  private readonly graph: GraphView;
  private readonly panel: EntityPanel;
  private readonly source: SourceView;
  private readonly map: MapView;
  private readonly showTab: (panelId: string) => void;

  constructor() {
    this.graph = new GraphView(byId('graph'), {
      onSelectNode: (id) => void this.select(id),
      onExpandNode: (id) => void this.expand(id),
      onSelectEdge: (id) => this.openEdge(id),
    });
    this.source = new SourceView(byId('source-panel'), byId('source-title'), byId('source-text'), byId('source-close'));
    this.panel = new EntityPanel(byId('entity-panel'), {
      openSource: (span) => void this.source.open(span).catch((error) => this.fail(error)),
      expand: (id) => void this.expand(id),
      focus: (id) => this.centre(id),
    });
    this.map = new MapView(byId('map'), (id) => {
      this.showTab('view-graph');
      void this.select(id, true);
    });
    this.showTab = setUpTabs(document.querySelector('.tabs')!, (panelId) => {
      if (panelId === 'view-map') void this.map.show().catch((error) => this.fail(error));
      if (panelId === 'view-graph') this.graph.cy.resize();
    });
    new SearchBox(byId('search-input'), byId('search-suggestions'), (entity) => {
      this.model.addNode(entity);
      void this.select(entity.id, true);
    });
    this.setUpFilters();
  }

  private say(message: string): void {
    this.status.textContent = message;
  }

  private fail(error: unknown): void {
    this.say(`Something went wrong: ${error instanceof Error ? error.message : String(error)}`);
  }

  private setUpFilters(): void {
    const typeBox = byId('type-filter');
    for (const type of ENTITY_TYPES) typeBox.append(this.checkbox(`type-${type}`, ENTITY_STYLES[type].label, ENTITY_STYLES[type].colour, (on) => this.toggle(this.types, type, on)));
    const relationBox = byId('relation-filter');
    for (const type of RELATION_TYPES) relationBox.append(this.checkbox(`relation-${type}`, RELATION_STYLES[type].label, RELATION_STYLES[type].colour, (on) => this.toggle(this.relationTypes, type, on)));
    byId('legend').append(
      ...ENTITY_TYPES.map((type) =>
        el('li', {}, el('span', { class: `legend-shape shape-${ENTITY_STYLES[type].shape}`, style: `background:${ENTITY_STYLES[type].colour}`, 'aria-hidden': 'true' }), ENTITY_STYLES[type].label),
      ),
      el('li', { class: 'hint' }, 'Size: mentions and salience. Thick dark border: expanded.'),
    );
    const documentSelect = byId<HTMLSelectElement>('document-filter');
    documentSelect.addEventListener('change', () => void this.filterByDocument(documentSelect.value).catch((error) => this.fail(error)));
    const maxInput = byId<HTMLInputElement>('max-nodes');
    maxInput.value = String(this.maxNodes);
    maxInput.addEventListener('change', () => {
      const value = Number(maxInput.value);
      if (Number.isInteger(value) && value > 0) void this.setMaxNodes(value);
    });
    byId('show-more').addEventListener('click', () => void this.setMaxNodes(this.maxNodes + MORE_STEP));
    byId('relayout').addEventListener('click', () => this.graph.layout(true));
  }

  private checkbox(id: string, label: string, colour: string, onChange: (on: boolean) => void): HTMLElement {
    const input = el('input', { type: 'checkbox', id, checked: true });
    input.addEventListener('change', () => onChange(input.checked));
    return el('div', { class: 'check' }, input, el('label', { for: id }, el('span', { class: 'swatch', style: `background:${colour}`, 'aria-hidden': 'true' }), label));
  }

  private toggle<T>(set: Set<T>, value: T, on: boolean): void {
    if (on) set.add(value);
    else set.delete(value);
    this.redraw();
  }

  private rememberEdge(edge: ExplorerEdgeFragment): void {
    this.model.addEdge(edge);
    this.evidence.set(edge.id, { spans: edge.evidence, caption: `${edge.source.name} ${RELATION_STYLES[edge.type].label} ${edge.target.name}` });
  }

  /** The first screen: the most mentioned entities up to the drawing budget, relations among the loaded ones, and the documents. */
  async start(): Promise<void> {
    this.say('Loading the graph…');
    let relationsAfter: string | null = null;
    let moreRelations = true;
    // Relations are paged alongside entities; a few extra pages so that most drawn nodes get their edges.
    const relationPages = Math.max(1, Math.ceil((this.maxNodes * 2) / 100));
    for (let page = 0; page < relationPages && (moreRelations || (this.moreEntities && this.model.nodes.size < this.maxNodes)); page++) {
      const data: ExplorerOverviewQuery = await request(ExplorerOverviewDocument, { first: 100, entitiesAfter: this.entitiesAfter, relationsAfter });
      if (this.moreEntities && this.model.nodes.size < this.maxNodes) {
        data.entities.edges.forEach(({ node }) => this.model.addNode(node));
        this.moreEntities = data.entities.pageInfo.hasNextPage;
        this.entitiesAfter = data.entities.pageInfo.endCursor;
      }
      this.totalEntities = data.entities.totalCount;
      if (moreRelations) {
        data.relations.edges.forEach(({ node }) => this.rememberEdge(node));
        moreRelations = data.relations.pageInfo.hasNextPage;
        relationsAfter = data.relations.pageInfo.endCursor;
      }
      if (page === 0) {
        byId('document-filter').append(
          ...data.documents.edges.map(({ node }) => el('option', { value: node.id }, `${node.title ?? 'Untitled'}${node.publishedAt ? ` (${node.publishedAt})` : ''}`)),
        );
      }
    }
    this.redraw();
  }

  /** More entities on demand: raise the budget and load pages until it is filled or the graph is exhausted. */
  private async setMaxNodes(value: number): Promise<void> {
    this.maxNodes = value;
    byId<HTMLInputElement>('max-nodes').value = String(value);
    try {
      while (this.moreEntities && this.model.nodes.size < this.maxNodes) {
        const data = await request(ExplorerOverviewDocument, { first: 100, entitiesAfter: this.entitiesAfter, relationsAfter: null });
        data.entities.edges.forEach(({ node }) => this.model.addNode(node));
        this.moreEntities = data.entities.pageInfo.hasNextPage;
        this.entitiesAfter = data.entities.pageInfo.endCursor;
      }
    } catch (error) {
      this.fail(error);
    }
    this.redraw();
  }

  private async filterByDocument(documentId: string): Promise<void> {
    this.documentId = documentId;
    if (!documentId) {
      this.documentEntities = undefined;
      this.redraw();
      return;
    }
    this.say('Loading the document’s entities…');
    const ids = new Set<string>();
    let after: string | null = null;
    for (;;) {
      const data: ExplorerDocumentEntitiesQuery = await request(ExplorerDocumentEntitiesDocument, { id: documentId, after });
      if (data.node?.__typename !== 'Document') break;
      data.node.entities.edges.forEach(({ node }) => ids.add(node.id));
      if (!data.node.entities.pageInfo.hasNextPage) break;
      after = data.node.entities.pageInfo.endCursor;
    }
    // The filter may have changed while this loaded.
    if (this.documentId === documentId) {
      this.documentEntities = ids;
      this.redraw();
    }
  }

  private redraw(anchor?: string): void {
    const drawn = this.model.drawn(this.maxNodes, {
      types: this.types,
      relationTypes: this.relationTypes,
      entityIds: this.documentEntities,
      documentId: this.documentId || undefined,
    });
    this.graph.render(drawn, (id) => this.model.isExpanded(id), anchor);
    this.renderList(drawn.edges.map((edge) => ({ edge, source: this.model.nodes.get(edge.source)!, target: this.model.nodes.get(edge.target)! })));
    const known = Math.max(this.totalEntities, this.model.nodes.size);
    this.say(
      `Drawing ${drawn.nodes.length} of ${known} entities and ${drawn.edges.length} relations` +
        (drawn.hidden > 0 || this.moreEntities ? ' (more on demand: expand a node or “Show more nodes”).' : '.'),
    );
    byId<HTMLButtonElement>('show-more').disabled = drawn.hidden === 0 && !this.moreEntities;
  }

  /** The List tab: the drawn relations as a table, for keyboard and screen-reader users. */
  private renderList(rows: { edge: { id: string; type: RelationType; label: string }; source: { id: string; name: string }; target: { id: string; name: string } }[]): void {
    const body = document.querySelector('#edge-table tbody')!;
    body.replaceChildren(
      ...rows.map(({ edge, source, target }) => {
        const relation = el('button', { type: 'button', class: 'link' }, edge.type === 'OTHER' ? edge.label : RELATION_STYLES[edge.type].label);
        relation.addEventListener('click', () => this.openEdge(edge.id));
        const entity = (node: { id: string; name: string }) => {
          const button = el('button', { type: 'button', class: 'link' }, node.name);
          button.addEventListener('click', () => void this.select(node.id, true));
          return button;
        };
        return el('tr', { 'data-source': source.name, 'data-target': target.name, 'data-type': edge.type }, el('td', {}, entity(source)), el('td', {}, relation), el('td', {}, entity(target)));
      }),
    );
  }

  /** Shows an entity in the panel; `pin` also keeps it drawn and centres the view on it (search, links). */
  private async select(id: string, pin = false): Promise<void> {
    if (pin) {
      this.model.pin(id);
      this.redraw(id);
      this.centre(id);
    }
    this.panel.showLoading(this.model.nodes.get(id)?.name ?? 'the entity');
    try {
      const { node } = await request(ExplorerEntityDocument, { id });
      if (!node) throw new Error(`no entity with id ${id}`);
      this.panel.show(node);
    } catch (error) {
      this.panel.showError(error instanceof Error ? error.message : String(error));
    }
  }

  private centre(id: string): void {
    this.showTab('view-graph');
    this.graph.focusNode(id);
  }

  /** Loads the entity's neighbourhood (the API's `neighborhood`, `depth` relations deep) and draws it around the entity. */
  async expand(id: string): Promise<void> {
    const name = this.model.nodes.get(id)?.name ?? 'the entity';
    const depth = Number(byId<HTMLSelectElement>('expand-depth').value) || 1;
    this.say(`Loading the neighbours of ${name}…`);
    try {
      const { neighborhood } = await request(ExplorerNeighbourhoodDocument, { id, depth, limit: NEIGHBOURHOOD_LIMIT });
      this.model.addNode(neighborhood.center);
      neighborhood.nodes.forEach(({ entity }) => this.model.addNode(entity));
      for (const edge of neighborhood.edges) {
        const spans = edge.relation.evidence;
        this.model.addRelation({ id: edge.id, type: edge.type, label: edge.label, source: edge.source, target: edge.target, documents: spans.map((span) => span.document.id) });
        const ends = [this.model.nodes.get(edge.source)?.name ?? '?', this.model.nodes.get(edge.target)?.name ?? '?'];
        this.evidence.set(edge.id, { spans, caption: `${ends[0]} ${RELATION_STYLES[edge.type].label} ${ends[1]}` });
      }
      this.model.markExpanded(id);
      this.redraw(id);
      this.graph.focusNode(id);
      const count = this.model.neighbours(id).length;
      this.say(
        `${neighborhood.center.name}: ${count} neighbour${count === 1 ? '' : 's'} loaded${neighborhood.truncated ? ` (the first ${NEIGHBOURHOOD_LIMIT} entities)` : ''}. ${this.status.textContent ?? ''}`,
      );
    } catch (error) {
      this.fail(error);
    }
  }

  private openEdge(id: string): void {
    const found = this.evidence.get(id);
    const span = found?.spans.find((s) => !this.documentId || s.document.id === this.documentId) ?? found?.spans[0];
    if (!found || !span) {
      this.say('This relation has no evidence span.');
      return;
    }
    void this.source.open({ documentId: span.document.id, start: span.start, end: span.end, caption: found.caption }).catch((error) => this.fail(error));
  }
}

const explorer = new Explorer();
void explorer.start().catch((error: unknown) => {
  const status = document.getElementById('status');
  if (status) status.textContent = `Could not load the graph: ${error instanceof Error ? error.message : String(error)}`;
});
