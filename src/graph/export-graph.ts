/**
 * The whole knowledge graph as one JSON-ready object, read page by page from
 * the store so that memory holds the result, not the store's internals.
 */
import type { Store } from '../store/store';
import type { DocumentRecord, EntityRecord, Page, PageArgs, QuoteRecord, RelationRecord, RoleRecord } from './model';

const PAGE_SIZE = 500;

async function readAll<T>(readPage: (page: PageArgs) => Promise<Page<T>>): Promise<T[]> {
  const all: T[] = [];
  for (let offset = 0; ; offset += PAGE_SIZE) {
    const page = await readPage({ offset, limit: PAGE_SIZE });
    all.push(...page.items);
    if (page.items.length < PAGE_SIZE || all.length >= page.totalCount) return all;
  }
}

export interface GraphExport {
  exportedAt: string;
  documents: Omit<DocumentRecord, 'text'>[];
  entities: (EntityRecord & { roles?: RoleRecord[] })[];
  quotes: QuoteRecord[];
  relations: RelationRecord[];
}

export async function exportGraph(store: Store): Promise<GraphExport> {
  const documents = await readAll((page) => store.listDocuments(page));
  const entities: GraphExport['entities'] = await readAll((page) => store.listEntities({}, page));
  const people = entities.filter((e) => e.type === 'Person');
  const roles = await store.rolesByPerson(people.map((p) => p.id));
  people.forEach((person, i) => {
    if (roles[i].length > 0) person.roles = roles[i];
  });
  return {
    exportedAt: new Date().toISOString(),
    documents: documents.map(({ text: _text, ...rest }) => rest),
    entities,
    quotes: await readAll((page) => store.listQuotes({}, page)),
    relations: await readAll((page) => store.listRelations({}, page)),
  };
}
