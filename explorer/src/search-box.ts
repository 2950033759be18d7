/**
 * The search box: an ARIA combobox whose suggestions come from the `search`
 * query as the analyst types. Up/Down move through them, Enter picks one
 * (the first when none is highlighted), Escape closes the list.
 */
import { ExplorerSearchDocument, type ExplorerNodeFragment } from '../../schema/generated/graphql';
import { request } from './api';
import { el } from './element';
import { ENTITY_STYLES } from './palette';

/** Wait this long after the last keystroke before asking the server. */
const DEBOUNCE_MS = 120;

export class SearchBox {
  private suggestions: ExplorerNodeFragment[] = [];
  private active = -1;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Answers to older keystrokes arriving late must not replace newer ones. */
  private generation = 0;

  constructor(
    private readonly input: HTMLInputElement,
    private readonly list: HTMLUListElement,
    private readonly onPick: (entity: ExplorerNodeFragment) => void,
  ) {
    input.addEventListener('input', () => this.schedule());
    input.addEventListener('keydown', (event) => this.onKey(event));
    input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.fetch();
    }, DEBOUNCE_MS);
  }

  private async fetch(): Promise<ExplorerNodeFragment[]> {
    const query = this.input.value.trim();
    const generation = ++this.generation;
    if (!query) {
      this.render([]);
      return [];
    }
    const data = await request(ExplorerSearchDocument, { query, first: 8 });
    const found = data.search.edges.map((edge) => edge.node);
    if (generation === this.generation) this.render(found);
    return found;
  }

  private render(found: ExplorerNodeFragment[]): void {
    this.suggestions = found;
    this.active = -1;
    this.input.removeAttribute('aria-activedescendant');
    const items = found.map((entity, index) => {
      const style = ENTITY_STYLES[entity.type];
      const item = el(
        'li',
        { id: `suggestion-${index}`, role: 'option', 'aria-selected': 'false', 'data-entity-id': entity.id },
        el('span', { class: 'swatch', style: `background:${style.colour}`, 'aria-hidden': 'true' }),
        entity.name,
        el('span', { class: 'suggestion-type' }, ` ${style.label}`),
      );
      // mousedown, not click: it fires before the input's blur closes the list.
      item.addEventListener('mousedown', (event) => {
        event.preventDefault();
        this.pick(index);
      });
      return item;
    });
    if (items.length === 0 && this.input.value.trim()) items.push(el('li', { class: 'no-match', role: 'option', 'aria-disabled': 'true' }, 'No entity matches'));
    this.list.replaceChildren(...items);
    this.list.hidden = items.length === 0;
    this.input.setAttribute('aria-expanded', String(items.length > 0));
  }

  private highlight(index: number): void {
    if (this.suggestions.length === 0) return;
    this.active = (index + this.suggestions.length) % this.suggestions.length;
    this.list.querySelectorAll('[role="option"]').forEach((option, i) => option.setAttribute('aria-selected', String(i === this.active)));
    this.input.setAttribute('aria-activedescendant', `suggestion-${this.active}`);
  }

  private pick(index: number): void {
    const entity = this.suggestions[index];
    if (!entity) return;
    this.input.value = entity.name;
    this.close();
    this.onPick(entity);
  }

  private close(): void {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      this.highlight(this.active + (event.key === 'ArrowDown' ? 1 : -1));
      event.preventDefault();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      // Enter right after typing: search now rather than wait for the debounce.
      if (this.timer !== undefined) {
        clearTimeout(this.timer);
        this.timer = undefined;
        void this.fetch().then(() => this.pick(0));
      } else this.pick(Math.max(0, this.active));
    } else if (event.key === 'Escape') {
      this.close();
    }
  }
}
