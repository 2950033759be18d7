/**
 * The force-directed view (Cytoscape.js, its built-in "cose" layout). It draws
 * whatever GraphModel.drawn() returns and keeps the positions of nodes already
 * on screen, so expanding a node grows the picture instead of reshuffling it.
 */
import cytoscape from 'cytoscape';
import type { DrawnGraph } from './graph-model';
import { ENTITY_STYLES, nodeSize, RELATION_STYLES } from './palette';

export interface GraphViewHandlers {
  onSelectNode(id: string): void;
  onExpandNode(id: string): void;
  onSelectEdge(id: string): void;
}

/** Node pairs times rounds the layout may spend: 300 nodes get 100 rounds. */
const LAYOUT_BUDGET = 300 * 300 * 100;

type Direction = 'left' | 'right' | 'up' | 'down';
const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

export class GraphView {
  readonly cy: cytoscape.Core;

  constructor(
    private readonly container: HTMLElement,
    private readonly handlers: GraphViewHandlers,
  ) {
    this.cy = cytoscape({
      container,
      minZoom: 0.1,
      maxZoom: 4,
      boxSelectionEnabled: false,
      style: [
        {
          selector: 'node',
          style: {
            'background-color': 'data(colour)',
            shape: 'data(shape)' as never,
            width: 'data(size)',
            height: 'data(size)',
            label: 'data(name)',
            color: '#111827',
            'font-size': 11,
            'text-valign': 'bottom',
            'text-margin-y': 3,
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.85,
            'text-background-padding': '1px',
            'border-width': 1,
            'border-color': '#ffffff',
          },
        },
        { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#111827' } },
        { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#facc15', 'overlay-opacity': 0 } },
        {
          selector: 'edge',
          style: {
            width: 1.5,
            'line-color': 'data(colour)',
            'target-arrow-color': 'data(colour)',
            'target-arrow-shape': 'triangle',
            'curve-style': 'bezier',
            label: 'data(label)',
            'font-size': 9,
            color: '#1f2937',
            'text-rotation': 'autorotate',
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.85,
          },
        },
        { selector: 'edge:selected', style: { width: 4 } },
      ],
    });
    this.cy.on('tap', 'node', (event) => this.handlers.onSelectNode(event.target.id()));
    this.cy.on('dbltap', 'node', (event) => this.handlers.onExpandNode(event.target.id()));
    this.cy.on('tap', 'edge', (event) => this.handlers.onSelectEdge(event.target.id()));
    container.addEventListener('keydown', (event) => this.onKey(event));
  }

  /** Replaces what is drawn; new nodes start next to `anchor` (the node just expanded) when given. */
  render(drawn: DrawnGraph, expanded: (id: string) => boolean, anchor?: string): void {
    const cy = this.cy;
    const wanted = new Set([...drawn.nodes.map((n) => n.id), ...drawn.edges.map((e) => e.id)]);
    const firstDraw = cy.nodes().length === 0;
    // Newcomers start next to the node just expanded, or else in the middle of what is drawn.
    const box = cy.nodes().boundingBox({});
    const origin =
      anchor && cy.getElementById(anchor).nonempty()
        ? { ...cy.getElementById(anchor).position() }
        : cy.nodes().nonempty()
          ? { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 }
          : { x: 0, y: 0 };
    let added = 0;
    cy.batch(() => {
      cy.elements().filter((element) => !wanted.has(element.id())).remove();
      for (const node of drawn.nodes) {
        const style = ENTITY_STYLES[node.type];
        const data = { id: node.id, name: node.name, type: node.type, colour: style.colour, shape: style.shape, size: nodeSize(node.mentionCount, node.salience) };
        const existing = cy.getElementById(node.id);
        if (existing.nonempty()) existing.data(data);
        else {
          added++;
          // Each newcomer a golden angle further round: no two on one spot (which the layout would split at random), same picture every time.
          const angle = added * 2.39996;
          const radius = 60 + 20 * Math.sqrt(added);
          const position = { x: origin.x + radius * Math.cos(angle), y: origin.y + radius * Math.sin(angle) };
          cy.add({ group: 'nodes', data, position });
        }
        cy.getElementById(node.id).toggleClass('expanded', expanded(node.id));
      }
      for (const edge of drawn.edges) {
        if (cy.getElementById(edge.id).nonempty()) continue;
        added++;
        const style = RELATION_STYLES[edge.type];
        const label = edge.type === 'OTHER' ? edge.label.toLowerCase().replace(/_/g, ' ') : style.label;
        cy.add({ group: 'edges', data: { id: edge.id, source: edge.source, target: edge.target, label, colour: style.colour, type: edge.type } });
      }
    });
    if (added > 0 || firstDraw) this.layout(firstDraw);
  }

  /**
   * Runs the force-directed layout; after the first time it starts from the
   * current positions and needs fewer rounds. Each round costs n² (every pair
   * of nodes repels), so the rounds shrink as the drawing grows: 1000 for a
   * small graph, 100 at 300 nodes (under a second), never under 50.
   */
  layout(fromScratch = false): void {
    const n = Math.max(1, this.cy.nodes().length);
    const rounds = Math.round(Math.min(1000, Math.max(50, LAYOUT_BUDGET / (n * n))) * (fromScratch ? 1 : 0.5));
    // A fixed start (a spiral in drawing order) rather than cose's random one: the same graph gives the same picture.
    if (fromScratch) {
      this.cy.nodes().forEach((node, i) => {
        const angle = i * 2.39996; // the golden angle spreads points evenly
        const radius = 40 * Math.sqrt(i + 1);
        node.position({ x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
      });
    }
    const options = {
      name: 'cose',
      animate: false,
      randomize: false,
      fit: true,
      padding: 30,
      nodeRepulsion: () => 9000,
      idealEdgeLength: () => 90,
      numIter: rounds,
    } as cytoscape.LayoutOptions;
    this.cy.layout(options).run();
  }

  /** Selects a node and brings it to the middle of the view. */
  focusNode(id: string): void {
    const node = this.cy.getElementById(id);
    if (node.empty()) return;
    this.cy.elements(':selected').unselect();
    node.select();
    this.cy.animate({ center: { eles: node }, zoom: Math.max(this.cy.zoom(), 1) } as never, { duration: 200 });
  }

  selectedNode(): string | undefined {
    const node = this.cy.nodes(':selected').first();
    return node.nonempty() ? node.id() : undefined;
  }

  /** The nearest drawn node in that direction from the selected one (or the largest node when none is selected). */
  private neighbourInDirection(direction: Direction): string | undefined {
    const nodes = this.cy.nodes();
    if (nodes.empty()) return undefined;
    const current = this.cy.nodes(':selected').first();
    if (current.empty()) return nodes.sort((a, b) => b.data('size') - a.data('size')).first().id();
    const from = current.position();
    let best: { id: string; score: number } | undefined;
    nodes.forEach((node) => {
      if (node.id() === current.id()) return;
      const dx = node.position().x - from.x;
      const dy = node.position().y - from.y;
      const along = direction === 'left' ? -dx : direction === 'right' ? dx : direction === 'up' ? -dy : dy;
      const across = direction === 'left' || direction === 'right' ? Math.abs(dy) : Math.abs(dx);
      if (along <= 0) return;
      // Straight ahead beats off to the side: a node far across the axis costs more than one further along it.
      const score = along + 2 * across;
      if (!best || score < best.score) best = { id: node.id(), score };
    });
    return best?.id;
  }

  private onKey(event: KeyboardEvent): void {
    if (event.target !== this.container) return;
    const direction = ARROWS[event.key];
    if (direction) {
      const next = this.neighbourInDirection(direction);
      if (next) {
        this.focusNode(next);
        this.handlers.onSelectNode(next);
      }
      event.preventDefault();
    } else if (event.key === 'Enter' || event.key === ' ') {
      const selected = this.selectedNode();
      if (selected) this.handlers.onExpandNode(selected);
      event.preventDefault();
    } else if (event.key === 'Escape') {
      this.cy.elements(':selected').unselect();
    } else if (event.key === '+' || event.key === '-') {
      this.cy.zoom({ level: this.cy.zoom() * (event.key === '+' ? 1.25 : 0.8), renderedPosition: { x: this.container.clientWidth / 2, y: this.container.clientHeight / 2 } });
    }
  }
}
