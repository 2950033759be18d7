/**
 * The source text of a fact: the whole document with the evidence span
 * wrapped in <mark>, i.e. document.text.slice(start, end) highlighted, and
 * scrolled into view. Documents are fetched once and kept.
 */
import { ExplorerDocumentDocument } from '../../schema/generated/graphql';
import { request } from './api';
import { el } from './element';

export interface SourceSpan {
  documentId: string;
  /** Omitted to show the document without a highlight. */
  start?: number;
  end?: number;
  /** What the span is evidence of, for the heading ("Quote by John Kerry"). */
  caption?: string;
}

interface LoadedDocument {
  title: string | null;
  source: string | null;
  publishedAt: string | null;
  text: string;
}

export class SourceView {
  private readonly documents = new Map<string, Promise<LoadedDocument>>();

  constructor(
    private readonly panel: HTMLElement,
    private readonly heading: HTMLElement,
    private readonly body: HTMLElement,
    close: HTMLButtonElement,
  ) {
    close.addEventListener('click', () => {
      this.panel.hidden = true;
    });
  }

  private load(id: string): Promise<LoadedDocument> {
    const cached = this.documents.get(id);
    if (cached) return cached;
    const loading = request(ExplorerDocumentDocument, { id }).then(({ node }): LoadedDocument => {
      if (node?.__typename !== 'Document') throw new Error(`no document with id ${id}`);
      return node;
    });
    // A failed load is forgotten, so that opening the source again retries.
    loading.catch(() => this.documents.delete(id));
    this.documents.set(id, loading);
    return loading;
  }

  async open(span: SourceSpan): Promise<void> {
    this.panel.hidden = false;
    this.heading.textContent = 'Loading the source…';
    this.body.replaceChildren();
    const doc = await this.load(span.documentId);
    const title = doc.title ?? doc.source ?? 'Untitled document';
    this.heading.textContent = span.caption ? `${span.caption}: ${title}` : title;
    const meta = [doc.source, doc.publishedAt].filter(Boolean).join(' · ');
    const text = doc.text;
    const paragraphs: (Node | string)[] = [];
    if (span.start !== undefined && span.end !== undefined && span.start >= 0 && span.end <= text.length && span.start <= span.end) {
      const mark = el('mark', { id: 'evidence-mark' }, text.slice(span.start, span.end));
      paragraphs.push(text.slice(0, span.start), mark, text.slice(span.end));
      this.body.replaceChildren(meta ? el('p', { class: 'source-meta' }, meta) : '', el('div', { class: 'source-body' }, ...paragraphs));
      mark.scrollIntoView({ block: 'center' });
    } else {
      this.body.replaceChildren(meta ? el('p', { class: 'source-meta' }, meta) : '', el('div', { class: 'source-body' }, text));
    }
    this.body.focus({ preventScroll: true });
  }
}
