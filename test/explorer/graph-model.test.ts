/**
 * Which part of the loaded graph the explorer draws: the analyst's own
 * choices first, then the most mentioned, never more than the cap, and only
 * what the filters let through.
 */
import { type EntityType, GraphModel, type GraphFilters, RELATION_TYPES, type RelationType } from '../../explorer/src/graph-model';

type N = [id: string, type: EntityType, mentionCount: number];

function node([id, type, mentionCount]: N) {
  return { __typename: 'Person' as const, id, name: id, type, salience: 0.5, mentionCount };
}

function edge(id: string, type: RelationType, source: N, target: N, documents: string[] = ['doc1']) {
  return {
    id,
    type,
    label: type,
    confidence: 0.9,
    source: node(source),
    target: node(target),
    evidence: documents.map((doc) => ({ start: 0, end: 4, text: 'text', document: { id: doc, title: null } })),
  };
}

const ALL: GraphFilters = { types: new Set<EntityType>(['PERSON', 'ORGANIZATION', 'LOCATION', 'EVENT']), relationTypes: new Set(RELATION_TYPES) };

// A small world: a hub person with many mentions, a quiet person linked to two others, a place, an event.
const hub: N = ['hub', 'PERSON', 50];
const quiet: N = ['quiet', 'PERSON', 1];
const friend: N = ['friend', 'PERSON', 2];
const council: N = ['council', 'ORGANIZATION', 30];
const city: N = ['city', 'LOCATION', 40];
const summit: N = ['summit', 'EVENT', 20];

function world(): GraphModel {
  const model = new GraphModel();
  [hub, quiet, friend, council, city, summit].forEach((n) => model.addNode(node(n)));
  model.addEdge(edge('e1', 'MET', quiet, friend));
  model.addEdge(edge('e2', 'AFFILIATED_WITH', quiet, council, ['doc2']));
  model.addEdge(edge('e3', 'PARTICIPATED_IN', hub, summit));
  model.addEdge(edge('e4', 'OCCURRED_IN', summit, city));
  return model;
}

const ids = (drawn: { nodes: { id: string }[] }) => drawn.nodes.map((n) => n.id);

describe('GraphModel.drawn', () => {
  it('draws the most mentioned entities first when nothing is pinned, and counts the rest as hidden', () => {
    const drawn = world().drawn(3, ALL);
    expect(ids(drawn)).toEqual(['hub', 'city', 'council']);
    expect(drawn.hidden).toBe(3);
  });

  it('draws only relations whose two ends are drawn', () => {
    const drawn = world().drawn(3, ALL);
    expect(drawn.edges).toEqual([]);
    expect(world().drawn(4, ALL).edges.map((e) => e.id)).toEqual(['e3', 'e4']);
  });

  it('puts a searched-for entity first even when it is rarely mentioned', () => {
    const model = world();
    model.pin('quiet');
    expect(ids(model.drawn(2, ALL))).toEqual(['quiet', 'hub']);
  });

  it('draws the neighbours of an expanded entity before more mentioned strangers', () => {
    const model = world();
    model.markExpanded('quiet');
    // quiet's neighbours: council (30) and friend (2); hub (50) and city (40) wait.
    expect(ids(model.drawn(3, ALL))).toEqual(['quiet', 'council', 'friend']);
    expect(model.drawn(3, ALL).edges.map((e) => e.id)).toEqual(['e1', 'e2']);
  });

  it('keeps the latest pinned entity when pins alone exceed the cap', () => {
    const model = world();
    model.pin('friend');
    model.pin('quiet');
    expect(ids(model.drawn(1, ALL))).toEqual(['quiet']);
    model.pin('friend'); // pinned again: it is the latest now
    expect(ids(model.drawn(1, ALL))).toEqual(['friend']);
  });

  it.each<[string, Partial<GraphFilters>, string[], string[]]>([
    ['entity types', { types: new Set<EntityType>(['PERSON']) }, ['hub', 'friend', 'quiet'], ['e1']],
    ['relation types', { relationTypes: new Set<RelationType>(['MET']) }, ['hub', 'city', 'council', 'summit', 'friend', 'quiet'], ['e1']],
    ['a document: its entities, and the relations it states', { entityIds: new Set(['quiet', 'council', 'friend']), documentId: 'doc2' }, ['council', 'friend', 'quiet'], ['e2']],
  ])('filters by %s', (_what, filters, nodes, edges) => {
    const drawn = world().drawn(100, { ...ALL, ...filters });
    expect(ids(drawn)).toEqual(nodes);
    expect(drawn.edges.map((e) => e.id)).toEqual(edges);
    expect(drawn.hidden).toBe(0);
  });

  it('does not draw a pinned entity that the filters exclude', () => {
    const model = world();
    model.pin('city');
    expect(ids(model.drawn(10, { ...ALL, types: new Set<EntityType>(['EVENT']) }))).toEqual(['summit']);
  });
});

describe('GraphModel.neighbours', () => {
  it('gives the entities at the other end of each loaded relation, either direction, each once', () => {
    const model = world();
    model.addEdge(edge('e5', 'MET', friend, quiet, ['doc3']));
    expect(model.neighbours('quiet').sort()).toEqual(['council', 'friend']);
    expect(model.neighbours('city')).toEqual(['summit']);
    expect(model.neighbours('nobody')).toEqual([]);
  });

  it('links entities known by id (a neighborhood edge) once their nodes are added', () => {
    const model = new GraphModel();
    [quiet, friend].forEach((n) => model.addNode(node(n)));
    model.addRelation({ id: 'n1', type: 'MET', label: 'MET', source: 'quiet', target: 'friend', documents: ['doc1', 'doc1'] });
    expect(model.neighbours('friend')).toEqual(['quiet']);
    expect(model.drawn(10, ALL).edges).toEqual([{ id: 'n1', type: 'MET', label: 'MET', source: 'quiet', target: 'friend', documents: ['doc1'] }]);
  });

  it('lists each document that states a relation once', () => {
    const model = new GraphModel();
    model.addEdge(edge('e1', 'MET', quiet, friend, ['doc1', 'doc2', 'doc1']));
    expect([...model.edges.values()].map((e) => e.documents)).toEqual([['doc1', 'doc2']]);
  });
});
