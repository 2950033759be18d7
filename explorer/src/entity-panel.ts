/**
 * The side panel for the selected entity: names and roles, quotes with
 * speaker and addressee, events with place and time, relations, and the
 * documents that mention it. Every fact with a source span is a button that
 * opens the source text with that span highlighted.
 */
import type { ExplorerEdgeFragment, ExplorerEntityQuery, ExplorerEventFragment, ExplorerQuoteFragment, ExplorerSpanFragment } from '../../schema/generated/graphql';
import { el } from './element';
import { ENTITY_STYLES, RELATION_STYLES } from './palette';
import type { SourceSpan } from './source-view';

export type EntityDetails = NonNullable<ExplorerEntityQuery['node']>;

export interface EntityPanelHandlers {
  openSource(span: SourceSpan): void;
  expand(id: string): void;
  focus(id: string): void;
}

function spanOf(span: ExplorerSpanFragment, caption: string): SourceSpan {
  return { documentId: span.document.id, start: span.start, end: span.end, caption };
}

function section(title: string, items: HTMLElement[], empty: string): HTMLElement {
  const id = `panel-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return el(
    'section',
    { class: 'panel-section', 'aria-labelledby': id },
    el('h3', { id }, `${title}${items.length ? ` (${items.length})` : ''}`),
    items.length ? el('ul', {}, items) : el('p', { class: 'hint' }, empty),
  );
}

export class EntityPanel {
  constructor(
    private readonly container: HTMLElement,
    private readonly handlers: EntityPanelHandlers,
  ) {}

  showLoading(name: string): void {
    this.container.replaceChildren(el('p', { class: 'hint' }, `Loading ${name}…`));
  }

  showError(message: string): void {
    this.container.replaceChildren(el('p', { class: 'error', role: 'alert' }, message));
  }

  show(entity: EntityDetails): void {
    if (!('name' in entity)) {
      this.showError('This id is not an entity.');
      return;
    }
    const style = ENTITY_STYLES[entity.type];
    const head = el(
      'header',
      { class: 'panel-head' },
      el('h2', { id: 'entity-name' }, entity.name),
      el('p', { class: 'badge', style: `background:${style.colour}` }, style.label),
      el('p', { class: 'facts' }, `${entity.mentionCount} mention${entity.mentionCount === 1 ? '' : 's'} · salience ${entity.salience.toFixed(2)} · confidence ${entity.confidence.toFixed(2)}`),
      entity.aliases.length > 0 ? el('p', { class: 'aliases' }, 'Also named: ', entity.aliases.join('; ')) : null,
      el(
        'div',
        { class: 'panel-actions' },
        this.button('Expand neighbourhood', () => this.handlers.expand(entity.id), { id: 'expand-selected' }),
        this.button('Centre in graph', () => this.handlers.focus(entity.id)),
      ),
    );
    const parts: HTMLElement[] = [head];

    if (entity.__typename === 'Person') {
      parts.push(
        section(
          'Roles',
          entity.roles.map((role) => {
            const text = role.of ? `${role.title}, ${role.of.name}` : role.title;
            return el('li', {}, role.evidence ? this.sourceButton(text, spanOf(role.evidence, `Role of ${entity.name}`)) : text);
          }),
          'No titles found.',
        ),
      );
    }
    if (entity.__typename === 'Person' || entity.__typename === 'Organization') {
      parts.push(section('Quotes', entity.quotes.edges.map(({ node }) => this.quoteItem(node)), 'No quotes.'));
      parts.push(section('Events', entity.events.edges.map(({ node }) => this.eventItem(node)), 'No events.'));
    }
    if (entity.__typename === 'Event') parts.push(section('This event', [this.eventItem(entity)], ''));
    if (entity.__typename === 'Location') {
      const where = entity.latitude !== null && entity.longitude !== null ? `${entity.latitude.toFixed(2)}, ${entity.longitude.toFixed(2)}` : 'no coordinates';
      parts.push(el('p', { class: 'facts' }, `${entity.placeKind.toLowerCase()}${entity.countryCode ? ` in ${entity.countryCode}` : ''} · ${where}`));
      parts.push(section('Events here', entity.events.edges.map(({ node }) => this.eventItem(node)), 'No events here.'));
    }
    parts.push(section('Relations', entity.relations.edges.map(({ node }) => this.relationItem(entity.id, node)), 'No relations.'));
    parts.push(
      section(
        'Documents',
        entity.documents.edges.map(({ node }) =>
          el('li', {}, this.sourceButton(`${node.title ?? 'Untitled'}${node.publishedAt ? ` (${node.publishedAt})` : ''}`, { documentId: node.id })),
        ),
        'No documents.',
      ),
    );
    this.container.replaceChildren(...parts);
  }

  private button(label: string, onClick: () => void, attributes: Record<string, string> = {}): HTMLButtonElement {
    const button = el('button', { type: 'button', ...attributes }, label);
    button.addEventListener('click', onClick);
    return button;
  }

  private sourceButton(label: string | Node, span: SourceSpan, attributes: Record<string, string> = {}): HTMLButtonElement {
    const button = el('button', { type: 'button', class: 'link', ...attributes }, label);
    button.addEventListener('click', () => this.handlers.openSource(span));
    return button;
  }

  private quoteItem(quote: ExplorerQuoteFragment): HTMLElement {
    const who = `${quote.speaker?.name ?? 'Unknown speaker'}${quote.addressee ? ` to ${quote.addressee.name}` : ''}`;
    const words = quote.direct ? `“${quote.text}”` : quote.text;
    return el(
      'li',
      { class: 'quote' },
      this.sourceButton(el('span', { class: 'quote-text' }, words), spanOf(quote.evidence, `Quote by ${quote.speaker?.name ?? 'unknown speaker'}`), {
        'data-quote-id': quote.id,
        'aria-label': `${who}: ${quote.text} (open the source)`,
      }),
      el('span', { class: 'quote-who' }, `— ${who}${quote.direct ? '' : ' (reported)'}`),
    );
  }

  private eventItem(event: ExplorerEventFragment): HTMLElement {
    const when = event.time ? `${event.time.text}${event.time.date ? ` (${event.time.date})` : ''}` : 'time unknown';
    const where = event.locations.length ? event.locations.map((l) => l.name).join(', ') : 'place unknown';
    const who = event.participants.map((p) => `${p.entity.name}${p.role ? ` (${p.role})` : ''}`).join(', ');
    return el(
      'li',
      { class: 'event' },
      el('strong', {}, event.name),
      ` · ${event.kind.toLowerCase().replace(/_/g, ' ')}`,
      el('br'),
      `${where} · ${when}`,
      who ? el('br') : null,
      who ? `with ${who}` : null,
    );
  }

  private relationItem(selfId: string, relation: ExplorerEdgeFragment): HTMLElement {
    const verb = relation.type === 'OTHER' ? relation.label.toLowerCase().replace(/_/g, ' ') : RELATION_STYLES[relation.type].label;
    const text = relation.source.id === selfId ? `${verb} ${relation.target.name}` : `${relation.source.name} ${verb} this`;
    const evidence = relation.evidence[0];
    return el('li', {}, evidence ? this.sourceButton(text, spanOf(evidence, `${relation.source.name} ${verb} ${relation.target.name}`)) : text);
  }
}
