/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** How close two entities must be named to count as appearing together. */
export type CooccurrenceScope =
  /** In the same document. */
  | 'DOCUMENT'
  /** In the same sentence. */
  | 'SENTENCE';

/** The kinds of entity, for filtering searches. */
export type EntityType =
  /** Something that happened: a meeting, an attack, an election. */
  | 'EVENT'
  /** A place: country, region, city or site. */
  | 'LOCATION'
  /** An organization: a government, ministry, company, party, armed group. */
  | 'ORGANIZATION'
  /** A person, e.g. a minister or a spokesman. */
  | 'PERSON';

/** What kind of thing an Event is. */
export type EventKind =
  /** A violent act: attack, bombing, shooting, shelling. */
  | 'ATTACK'
  /** A cease-fire, truce or cessation of hostilities. */
  | 'CEASEFIRE'
  /** A war, conflict or armed struggle. */
  | 'CONFLICT'
  /** An election, vote or referendum. */
  | 'ELECTION'
  /** Named parties meet: talks, a visit, a summit, a handshake. */
  | 'MEETING'
  /** Negotiations towards an agreement: peace talks, a round of talks, mediation. */
  | 'NEGOTIATION'
  /** A press or news conference, a briefing, a statement to reporters. */
  | 'NEWS_CONFERENCE'
  /** An event of no kind above. */
  | 'OTHER';

/** An article to add to the graph. */
export type IngestDocumentInput = {
  /** Publication date, YYYY-MM-DD: relative times ("on Thursday") resolve against it. */
  publishedAt?: string | null | undefined;
  /** Where the article comes from (agency, site or file). */
  source?: string | null | undefined;
  /** The article text (UTF-8, not empty, at most 1 MiB by default). */
  text: string;
  /** Headline; taken from the first line when omitted and the text starts with one. */
  title?: string | null | undefined;
};

/** What kind of place a Location is. */
export type LocationKind =
  /** A city, town or village. */
  | 'CITY'
  /** A sovereign country. */
  | 'COUNTRY'
  /** A place of no kind above. */
  | 'OTHER'
  /** A province, state, region or other area below or across countries. */
  | 'REGION'
  /** A building or named place within a city: the Kremlin, the White House. */
  | 'SITE';

/** The kinds of relation between entities. */
export type RelationType =
  /** A person belongs to or speaks for an organization or country. */
  | 'AFFILIATED_WITH'
  /** A place or organization lies in a location. */
  | 'LOCATED_IN'
  /** Two parties met (either direction). */
  | 'MET'
  /** An event took place at a location. */
  | 'OCCURRED_IN'
  /** A relation type outside the five above; see `Relation.label`. */
  | 'OTHER'
  /** An entity took part in an event. */
  | 'PARTICIPATED_IN';

/** Where the date of a timeline entry comes from. */
export type TimelineDateSource =
  /** The event's own date, resolved from the text. */
  | 'EVENT'
  /** No date known: ordered after dated entries, in document order. */
  | 'NONE'
  /** The publication date of the document that reports it. */
  | 'PUBLICATION';

/** What a timeline entry is. */
export type TimelineEntryKind =
  /** An event the entity took part in (or that happened at the place). */
  | 'EVENT'
  /** Something the entity said. */
  | 'QUOTE';

export type CooccurrencesQueryVariables = Exact<{
  name?: string;
  scope?: CooccurrenceScope | null | undefined;
  first?: number | null | undefined;
}>;


export type CooccurrencesQuery = { search: { edges: Array<{ node:
        | { name: string, cooccurrences: { totalCount: number, edges: Array<{ node: { count: number, documentCount: number, entity:
                  | { __typename: 'Event', name: string }
                  | { __typename: 'Location', name: string }
                  | { __typename: 'Organization', name: string }
                  | { __typename: 'Person', name: string }
                 } }> } }
        | { name: string, cooccurrences: { totalCount: number, edges: Array<{ node: { count: number, documentCount: number, entity:
                  | { __typename: 'Event', name: string }
                  | { __typename: 'Location', name: string }
                  | { __typename: 'Organization', name: string }
                  | { __typename: 'Person', name: string }
                 } }> } }
        | { name: string, cooccurrences: { totalCount: number, edges: Array<{ node: { count: number, documentCount: number, entity:
                  | { __typename: 'Event', name: string }
                  | { __typename: 'Location', name: string }
                  | { __typename: 'Organization', name: string }
                  | { __typename: 'Person', name: string }
                 } }> } }
        | { name: string, cooccurrences: { totalCount: number, edges: Array<{ node: { count: number, documentCount: number, entity:
                  | { __typename: 'Event', name: string }
                  | { __typename: 'Location', name: string }
                  | { __typename: 'Organization', name: string }
                  | { __typename: 'Person', name: string }
                 } }> } }
       }> } };

export type DocumentWithEntitiesQueryVariables = Exact<{
  id: string | number;
}>;


export type DocumentWithEntitiesQuery = { node:
    | { __typename: 'Document', id: string, title: string | null, publishedAt: string | null, source: string | null, entities: { totalCount: number, edges: Array<{ node:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Location', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
           }> }, quotes: { totalCount: number, edges: Array<{ node: { text: string, speaker:
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
             | null } }> }, events: { totalCount: number, edges: Array<{ node: { name: string, kind: EventKind } }> } }
    | { __typename: 'Event' }
    | { __typename: 'Location' }
    | { __typename: 'Organization' }
    | { __typename: 'Person' }
    | { __typename: 'Quote' }
    | { __typename: 'Relation' }
   | null };

export type EventsWithParticipantsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type EventsWithParticipantsQuery = { events: { totalCount: number, edges: Array<{ node: { id: string, name: string, kind: EventKind, time: { text: string, date: string | null } | null, locations: Array<{ name: string, kind: LocationKind, countryCode: string | null, within: { name: string } | null }>, participants: Array<{ role: string | null, entity:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Location', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
           }> } }> } };

export type ExplorerDocumentQueryVariables = Exact<{
  id: string | number;
}>;


export type ExplorerDocumentQuery = { node:
    | { __typename: 'Document', id: string, title: string | null, source: string | null, publishedAt: string | null, text: string }
    | { __typename: 'Event' }
    | { __typename: 'Location' }
    | { __typename: 'Organization' }
    | { __typename: 'Person' }
    | { __typename: 'Quote' }
    | { __typename: 'Relation' }
   | null };

export type ExplorerDocumentEntitiesQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type ExplorerDocumentEntitiesQuery = { node:
    | { __typename: 'Document', id: string, entities: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           }> } }
    | { __typename: 'Event' }
    | { __typename: 'Location' }
    | { __typename: 'Organization' }
    | { __typename: 'Person' }
    | { __typename: 'Quote' }
    | { __typename: 'Relation' }
   | null };

export type ExplorerQuoteFragment = { id: string, text: string, direct: boolean, speaker:
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
   | null, addressee:
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
   | null, evidence: { start: number, end: number, text: string, document: { id: string, title: string | null } } };

export type ExplorerEventFragment = { id: string, name: string, kind: EventKind, time: { text: string, date: string | null } | null, locations: Array<{ id: string, name: string }>, participants: Array<{ role: string | null, entity:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
     }> };

export type ExplorerEntityQueryVariables = Exact<{
  id: string | number;
}>;


export type ExplorerEntityQuery = { node:
    | { __typename: 'Document' }
    | { __typename: 'Event', aliases: Array<string>, confidence: number, id: string, name: string, type: EntityType, salience: number, mentionCount: number, kind: EventKind, documents: { totalCount: number, edges: Array<{ node: { id: string, title: string | null, publishedAt: string | null } }> }, relations: { edges: Array<{ node: { id: string, type: RelationType, label: string, confidence: number, source:
              | { __typename: 'Event', id: string, name: string, type: EntityType, salience: number, mentionCount: number }
              | { __typename: 'Location', id: string, name: string, type: EntityType, salience: number, mentionCount: number }
              | { __typename: 'Organization', id: string, name: string, type: EntityType, salience: number, mentionCount: number }
              | { __typename: 'Person', id: string, name: string, type: EntityType, salience: number, mentionCount: number }
            , target:
              | { __typename: 'Event', id: string, name: string, type: EntityType, salience: number, mentionCount: number }
              | { __typename: 'Location', id: string, name: string, type: EntityType, salience: number, mentionCount: number }
              | { __typename: 'Organization', id: string, name: string, type: EntityType, salience: number, mentionCount: number }
              | { __typename: 'Person', id: string, name: string, type: EntityType, salience: number, mentionCount: number }
            , evidence: Array<{ start: number, end: number, text: string, document: { id: string, title: string | null } }> } }> }, time: { text: string, date: string | null } | null, locations: Array<{ id: string, name: string }>, participants: Array<{ role: string | null, entity:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         }> }
    | { __typename: 'Location', aliases: Array<string>, confidence: number, countryCode: string | null, latitude: number | null, longitude: number | null, id: string, name: string, type: EntityType, salience: number, mentionCount: number, placeKind: LocationKind, documents: { totalCount: number, edges: Array<{ node: { id: string, title: string | null, publishedAt: string | null } }> }, relations: { edges: Array<{ node: { id: string, type: RelationType, label: string, confidence: number, source:
              | { __typename: 'Event', id: string, name: string, type: EntityType, salience: number, mentionCount: number }
              | { __typename: 'Location', id: string, name: string, type: EntityType, salience: number, mentionCount: number }
              | { __typename: 'Organization', id: string, name: string, type: EntityType, salience: number, mentionCount: number }
              | { __typename: 'Person', id: string, name: string, type: EntityType, salience: number, mentionCount: number }
            , target:
              | { __typename: 'Event', id: string, name: string, type: EntityType, salience: number, mentionCount: number }
              | { __typename: 'Location', id: string, name: string, type: EntityType, salience: number, mentionCount: number }
              | { __typename: 'Organization', id: string, name: string, type: EntityType, salience: number, mentionCount: number }
              | { __typename: 'Person', id: string, name: string, type: EntityType, salience: number, mentionCount: number }
            , evidence: Array<{ start: number, end: number, text: string, document: { id: string, title: string | null } }> } }> }, events: { edges: Array<{ node: { id: string, name: string, kind: EventKind, time: { text: string, date: string | null } | null, locations: Array<{ id: string, name: string }>, participants: Array<{ role: string | null, entity:
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
               }> } }> } }
    | { __typename: 'Organization', aliases: Array<string>, confidence: number, id: string, name: string, type: EntityType, salience: number, mentionCount: number, documents: { totalCount: number, edges: Array<{ node: { id: string, title: string | null, publishedAt: string | null } }> }, relations: { edges: Array<{ node: { id: string, type: RelationType, label: string, confidence: number, source:
              | { __typename: 'Event', id: string, name: string, type: EntityType, salience: number, mentionCount: number }
              | { __typename: 'Location', id: string, name: string, type: EntityType, salience: number, mentionCount: number }
              | { __typename: 'Organization', id: string, name: string, type: EntityType, salience: number, mentionCount: number }
              | { __typename: 'Person', id: string, name: string, type: EntityType, salience: number, mentionCount: number }
            , target:
              | { __typename: 'Event', id: string, name: string, type: EntityType, salience: number, mentionCount: number }
              | { __typename: 'Location', id: string, name: string, type: EntityType, salience: number, mentionCount: number }
              | { __typename: 'Organization', id: string, name: string, type: EntityType, salience: number, mentionCount: number }
              | { __typename: 'Person', id: string, name: string, type: EntityType, salience: number, mentionCount: number }
            , evidence: Array<{ start: number, end: number, text: string, document: { id: string, title: string | null } }> } }> }, quotes: { totalCount: number, edges: Array<{ node: { id: string, text: string, direct: boolean, speaker:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
             | null, addressee:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
             | null, evidence: { start: number, end: number, text: string, document: { id: string, title: string | null } } } }> }, events: { edges: Array<{ node: { id: string, name: string, kind: EventKind, time: { text: string, date: string | null } | null, locations: Array<{ id: string, name: string }>, participants: Array<{ role: string | null, entity:
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
               }> } }> } }
    | { __typename: 'Person', aliases: Array<string>, confidence: number, id: string, name: string, type: EntityType, salience: number, mentionCount: number, documents: { totalCount: number, edges: Array<{ node: { id: string, title: string | null, publishedAt: string | null } }> }, relations: { edges: Array<{ node: { id: string, type: RelationType, label: string, confidence: number, source:
              | { __typename: 'Event', id: string, name: string, type: EntityType, salience: number, mentionCount: number }
              | { __typename: 'Location', id: string, name: string, type: EntityType, salience: number, mentionCount: number }
              | { __typename: 'Organization', id: string, name: string, type: EntityType, salience: number, mentionCount: number }
              | { __typename: 'Person', id: string, name: string, type: EntityType, salience: number, mentionCount: number }
            , target:
              | { __typename: 'Event', id: string, name: string, type: EntityType, salience: number, mentionCount: number }
              | { __typename: 'Location', id: string, name: string, type: EntityType, salience: number, mentionCount: number }
              | { __typename: 'Organization', id: string, name: string, type: EntityType, salience: number, mentionCount: number }
              | { __typename: 'Person', id: string, name: string, type: EntityType, salience: number, mentionCount: number }
            , evidence: Array<{ start: number, end: number, text: string, document: { id: string, title: string | null } }> } }> }, roles: Array<{ title: string, of:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         | null, evidence: { start: number, end: number, text: string, document: { id: string, title: string | null } } | null }>, quotes: { totalCount: number, edges: Array<{ node: { id: string, text: string, direct: boolean, speaker:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
             | null, addressee:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
             | null, evidence: { start: number, end: number, text: string, document: { id: string, title: string | null } } } }> }, events: { edges: Array<{ node: { id: string, name: string, kind: EventKind, time: { text: string, date: string | null } | null, locations: Array<{ id: string, name: string }>, participants: Array<{ role: string | null, entity:
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
               }> } }> } }
    | { __typename: 'Quote' }
    | { __typename: 'Relation' }
   | null };

type ExplorerNode_Event_Fragment = { __typename: 'Event', id: string, name: string, type: EntityType, salience: number, mentionCount: number };

type ExplorerNode_Location_Fragment = { __typename: 'Location', id: string, name: string, type: EntityType, salience: number, mentionCount: number };

type ExplorerNode_Organization_Fragment = { __typename: 'Organization', id: string, name: string, type: EntityType, salience: number, mentionCount: number };

type ExplorerNode_Person_Fragment = { __typename: 'Person', id: string, name: string, type: EntityType, salience: number, mentionCount: number };

export type ExplorerNodeFragment =
  | ExplorerNode_Event_Fragment
  | ExplorerNode_Location_Fragment
  | ExplorerNode_Organization_Fragment
  | ExplorerNode_Person_Fragment
;

export type ExplorerSpanFragment = { start: number, end: number, text: string, document: { id: string, title: string | null } };

export type ExplorerEdgeFragment = { id: string, type: RelationType, label: string, confidence: number, source:
    | { __typename: 'Event', id: string, name: string, type: EntityType, salience: number, mentionCount: number }
    | { __typename: 'Location', id: string, name: string, type: EntityType, salience: number, mentionCount: number }
    | { __typename: 'Organization', id: string, name: string, type: EntityType, salience: number, mentionCount: number }
    | { __typename: 'Person', id: string, name: string, type: EntityType, salience: number, mentionCount: number }
  , target:
    | { __typename: 'Event', id: string, name: string, type: EntityType, salience: number, mentionCount: number }
    | { __typename: 'Location', id: string, name: string, type: EntityType, salience: number, mentionCount: number }
    | { __typename: 'Organization', id: string, name: string, type: EntityType, salience: number, mentionCount: number }
    | { __typename: 'Person', id: string, name: string, type: EntityType, salience: number, mentionCount: number }
  , evidence: Array<{ start: number, end: number, text: string, document: { id: string, title: string | null } }> };

export type ExplorerMapQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ExplorerMapQuery = { locations: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, kind: LocationKind, countryCode: string | null, latitude: number | null, longitude: number | null, events: { edges: Array<{ node: { id: string, name: string, kind: EventKind, time: { text: string, date: string | null } | null } }> } } }> } };

export type ExplorerNeighbourhoodQueryVariables = Exact<{
  id: string | number;
  depth?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type ExplorerNeighbourhoodQuery = { neighborhood: { truncated: boolean, center:
      | { __typename: 'Event', id: string, name: string, type: EntityType, salience: number, mentionCount: number }
      | { __typename: 'Location', id: string, name: string, type: EntityType, salience: number, mentionCount: number }
      | { __typename: 'Organization', id: string, name: string, type: EntityType, salience: number, mentionCount: number }
      | { __typename: 'Person', id: string, name: string, type: EntityType, salience: number, mentionCount: number }
    , nodes: Array<{ depth: number, entity:
        | { __typename: 'Event', id: string, name: string, type: EntityType, salience: number, mentionCount: number }
        | { __typename: 'Location', id: string, name: string, type: EntityType, salience: number, mentionCount: number }
        | { __typename: 'Organization', id: string, name: string, type: EntityType, salience: number, mentionCount: number }
        | { __typename: 'Person', id: string, name: string, type: EntityType, salience: number, mentionCount: number }
       }>, edges: Array<{ id: string, type: RelationType, label: string, source: string, target: string, relation: { evidence: Array<{ start: number, end: number, text: string, document: { id: string, title: string | null } }> } }> } };

export type ExplorerOverviewQueryVariables = Exact<{
  first?: number | null | undefined;
  entitiesAfter?: string | null | undefined;
  relationsAfter?: string | null | undefined;
}>;


export type ExplorerOverviewQuery = { entities: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node:
        | { __typename: 'Event', id: string, name: string, type: EntityType, salience: number, mentionCount: number }
        | { __typename: 'Location', id: string, name: string, type: EntityType, salience: number, mentionCount: number }
        | { __typename: 'Organization', id: string, name: string, type: EntityType, salience: number, mentionCount: number }
        | { __typename: 'Person', id: string, name: string, type: EntityType, salience: number, mentionCount: number }
       }> }, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, type: RelationType, label: string, confidence: number, source:
          | { __typename: 'Event', id: string, name: string, type: EntityType, salience: number, mentionCount: number }
          | { __typename: 'Location', id: string, name: string, type: EntityType, salience: number, mentionCount: number }
          | { __typename: 'Organization', id: string, name: string, type: EntityType, salience: number, mentionCount: number }
          | { __typename: 'Person', id: string, name: string, type: EntityType, salience: number, mentionCount: number }
        , target:
          | { __typename: 'Event', id: string, name: string, type: EntityType, salience: number, mentionCount: number }
          | { __typename: 'Location', id: string, name: string, type: EntityType, salience: number, mentionCount: number }
          | { __typename: 'Organization', id: string, name: string, type: EntityType, salience: number, mentionCount: number }
          | { __typename: 'Person', id: string, name: string, type: EntityType, salience: number, mentionCount: number }
        , evidence: Array<{ start: number, end: number, text: string, document: { id: string, title: string | null } }> } }> }, documents: { edges: Array<{ node: { id: string, title: string | null, publishedAt: string | null } }> } };

export type ExplorerSearchQueryVariables = Exact<{
  query: string;
  first?: number | null | undefined;
}>;


export type ExplorerSearchQuery = { search: { edges: Array<{ node:
        | { __typename: 'Event', aliases: Array<string>, id: string, name: string, type: EntityType, salience: number, mentionCount: number }
        | { __typename: 'Location', aliases: Array<string>, id: string, name: string, type: EntityType, salience: number, mentionCount: number }
        | { __typename: 'Organization', aliases: Array<string>, id: string, name: string, type: EntityType, salience: number, mentionCount: number }
        | { __typename: 'Person', aliases: Array<string>, id: string, name: string, type: EntityType, salience: number, mentionCount: number }
       }> } };

export type HowAreTheyConnectedQueryVariables = Exact<{
  from?: string;
  to?: string;
  maxHops?: number | null | undefined;
}>;


export type HowAreTheyConnectedQuery = { search: { edges: Array<{ node:
        | { id: string, name: string, pathsTo: { truncated: boolean, paths: Array<{ length: number, confidence: number, hops: Array<{ type: RelationType, forward: boolean, from:
                  | { name: string }
                  | { name: string }
                  | { name: string }
                  | { name: string }
                , to:
                  | { name: string }
                  | { name: string }
                  | { name: string }
                  | { name: string }
                , relation: { evidence: Array<{ sentence: string }> } }> }> } }
        | { id: string, name: string, pathsTo: { truncated: boolean, paths: Array<{ length: number, confidence: number, hops: Array<{ type: RelationType, forward: boolean, from:
                  | { name: string }
                  | { name: string }
                  | { name: string }
                  | { name: string }
                , to:
                  | { name: string }
                  | { name: string }
                  | { name: string }
                  | { name: string }
                , relation: { evidence: Array<{ sentence: string }> } }> }> } }
        | { id: string, name: string, pathsTo: { truncated: boolean, paths: Array<{ length: number, confidence: number, hops: Array<{ type: RelationType, forward: boolean, from:
                  | { name: string }
                  | { name: string }
                  | { name: string }
                  | { name: string }
                , to:
                  | { name: string }
                  | { name: string }
                  | { name: string }
                  | { name: string }
                , relation: { evidence: Array<{ sentence: string }> } }> }> } }
        | { id: string, name: string, pathsTo: { truncated: boolean, paths: Array<{ length: number, confidence: number, hops: Array<{ type: RelationType, forward: boolean, from:
                  | { name: string }
                  | { name: string }
                  | { name: string }
                  | { name: string }
                , to:
                  | { name: string }
                  | { name: string }
                  | { name: string }
                  | { name: string }
                , relation: { evidence: Array<{ sentence: string }> } }> }> } }
       }> } };

export type IngestDocumentMutationVariables = Exact<{
  input: IngestDocumentInput;
}>;


export type IngestDocumentMutation = { ingestDocument: { created: boolean, document: { id: string, title: string | null, entities: { totalCount: number }, quotes: { totalCount: number } } } };

export type NeighborhoodQueryVariables = Exact<{
  name?: string;
  depth?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type NeighborhoodQuery = { search: { edges: Array<{ node:
        | { name: string, neighborhood: { truncated: boolean, nodes: Array<{ id: string, depth: number, entity:
                | { __typename: 'Event', name: string }
                | { __typename: 'Location', name: string }
                | { __typename: 'Organization', name: string }
                | { __typename: 'Person', name: string }
               }>, edges: Array<{ type: RelationType, source: string, target: string, confidence: number }> } }
        | { name: string, neighborhood: { truncated: boolean, nodes: Array<{ id: string, depth: number, entity:
                | { __typename: 'Event', name: string }
                | { __typename: 'Location', name: string }
                | { __typename: 'Organization', name: string }
                | { __typename: 'Person', name: string }
               }>, edges: Array<{ type: RelationType, source: string, target: string, confidence: number }> } }
        | { name: string, neighborhood: { truncated: boolean, nodes: Array<{ id: string, depth: number, entity:
                | { __typename: 'Event', name: string }
                | { __typename: 'Location', name: string }
                | { __typename: 'Organization', name: string }
                | { __typename: 'Person', name: string }
               }>, edges: Array<{ type: RelationType, source: string, target: string, confidence: number }> } }
        | { name: string, neighborhood: { truncated: boolean, nodes: Array<{ id: string, depth: number, entity:
                | { __typename: 'Event', name: string }
                | { __typename: 'Location', name: string }
                | { __typename: 'Organization', name: string }
                | { __typename: 'Person', name: string }
               }>, edges: Array<{ type: RelationType, source: string, target: string, confidence: number }> } }
       }> } };

export type PathBetweenQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  maxHops?: number | null | undefined;
}>;


export type PathBetweenQuery = { path: { truncated: boolean, visitedNodes: number, paths: Array<{ length: number, confidence: number, entities: Array<
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      >, hops: Array<{ type: RelationType, relation: { evidence: Array<{ sentence: string }> } }> }> } };

export type PersonProfileQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonProfileQuery = { node:
    | { __typename: 'Document' }
    | { __typename: 'Event' }
    | { __typename: 'Location' }
    | { __typename: 'Organization' }
    | { __typename: 'Person', id: string, name: string, aliases: Array<string>, roles: Array<{ title: string, of:
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
         | null, evidence: { text: string, sentence: string } | null }>, quotes: { totalCount: number, edges: Array<{ node: { text: string, direct: boolean, addressee:
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
             | null } }> }, met: { edges: Array<{ node:
            | { __typename: 'Event', name: string }
            | { __typename: 'Location', name: string }
            | { __typename: 'Organization', name: string }
            | { __typename: 'Person', name: string }
           }> }, events: { edges: Array<{ node: { name: string, kind: EventKind, time: { text: string } | null } }> } }
    | { __typename: 'Quote' }
    | { __typename: 'Relation' }
   | null };

export type SearchEntitiesQueryVariables = Exact<{
  query: string;
  types?: Array<EntityType> | EntityType | null | undefined;
  first?: number | null | undefined;
}>;


export type SearchEntitiesQuery = { search: { totalCount: number, edges: Array<{ cursor: string, node:
        | { __typename: 'Event', id: string, name: string, aliases: Array<string> }
        | { __typename: 'Location', kind: LocationKind, countryCode: string | null, id: string, name: string, aliases: Array<string> }
        | { __typename: 'Organization', id: string, name: string, aliases: Array<string> }
        | { __typename: 'Person', id: string, name: string, aliases: Array<string> }
       }> } };

export type TimelineQueryVariables = Exact<{
  name?: string;
  first?: number | null | undefined;
}>;


export type TimelineQuery = { search: { edges: Array<{ node:
        | { name: string, timeline: { totalCount: number, edges: Array<{ node: { kind: TimelineEntryKind, date: string | null, dateSource: TimelineDateSource, event: { name: string } | null, quote: { text: string } | null, document: { title: string | null } | null } }> } }
        | { name: string, timeline: { totalCount: number, edges: Array<{ node: { kind: TimelineEntryKind, date: string | null, dateSource: TimelineDateSource, event: { name: string } | null, quote: { text: string } | null, document: { title: string | null } | null } }> } }
        | { name: string, timeline: { totalCount: number, edges: Array<{ node: { kind: TimelineEntryKind, date: string | null, dateSource: TimelineDateSource, event: { name: string } | null, quote: { text: string } | null, document: { title: string | null } | null } }> } }
        | { name: string, timeline: { totalCount: number, edges: Array<{ node: { kind: TimelineEntryKind, date: string | null, dateSource: TimelineDateSource, event: { name: string } | null, quote: { text: string } | null, document: { title: string | null } | null } }> } }
       }> } };

export type WhoMetWhomQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WhoMetWhomQuery = { relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, confidence: number, source:
          | { __typename: 'Event', id: string, name: string }
          | { __typename: 'Location', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
        , target:
          | { __typename: 'Event', id: string, name: string }
          | { __typename: 'Location', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
        , evidence: Array<{ sentence: string, document: { title: string | null } }> } }> } };

export type WhoSaidWhatQueryVariables = Exact<{
  first?: number | null | undefined;
  quotes?: number | null | undefined;
}>;


export type WhoSaidWhatQuery = { people: { totalCount: number, edges: Array<{ node: { id: string, name: string, roles: Array<{ title: string, of:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }>, quotes: { totalCount: number, edges: Array<{ node: { text: string, direct: boolean, speaker:
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
               | null, addressee:
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
               | null, evidence: { sentence: string, document: { title: string | null, publishedAt: string | null } } } }> } } }> } };

export const ExplorerSpanFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerSpan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<ExplorerSpanFragment, unknown>;
export const ExplorerQuoteFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerQuote"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Quote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"direct"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addressee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerSpan"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerSpan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<ExplorerQuoteFragment, unknown>;
export const ExplorerEventFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"time"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"locations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerEventFragment, unknown>;
export const ExplorerNodeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"salience"}},{"kind":"Field","name":{"kind":"Name","value":"mentionCount"}}]}}]} as unknown as DocumentNode<ExplorerNodeFragment, unknown>;
export const ExplorerEdgeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerEdge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerSpan"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"salience"}},{"kind":"Field","name":{"kind":"Name","value":"mentionCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerSpan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<ExplorerEdgeFragment, unknown>;
export const CooccurrencesDocument = {"__meta__":{"hash":"sha256:d3d04619bc0d30d8ee529c0ee2161ef2573ee1ea104bf996335b84b369945093"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Cooccurrences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"Kerry","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CooccurrenceScope"}},"defaultValue":{"kind":"EnumValue","value":"SENTENCE"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cooccurrences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"documentCount"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CooccurrencesQuery, CooccurrencesQueryVariables>;
export const DocumentWithEntitiesDocument = {"__meta__":{"hash":"sha256:c22faf8beefb3b006feb4affe605e2dd3a4cac0d048774cca5eec8cf5b8c2dad"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DocumentWithEntities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"quotes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DocumentWithEntitiesQuery, DocumentWithEntitiesQueryVariables>;
export const EventsWithParticipantsDocument = {"__meta__":{"hash":"sha256:51a76047480e1b51be427143a2626ec8f19d81bdfb073e1eb50e43d5cbcb0dd8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventsWithParticipants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"time"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"locations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"within"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EventsWithParticipantsQuery, EventsWithParticipantsQueryVariables>;
export const ExplorerDocumentDocument = {"__meta__":{"hash":"sha256:5c296bc3f9e2e836dc416ac7aab6dcf4928d883cf60ed8cce046dd51701b7d6a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerDocumentQuery, ExplorerDocumentQueryVariables>;
export const ExplorerDocumentEntitiesDocument = {"__meta__":{"hash":"sha256:cebb6394b5fe1e1f077c7552b7934f3e97267129301084da217c03ba9dc6ca85"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerDocumentEntities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerDocumentEntitiesQuery, ExplorerDocumentEntitiesQueryVariables>;
export const ExplorerEntityDocument = {"__meta__":{"hash":"sha256:129097ec05104f6ae435b7f88eabfb0328d1d42839682cb03bdde59f19ad1efa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerEntity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerNode"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerEdge"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"of"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerSpan"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"quotes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerQuote"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerEvent"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quotes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerQuote"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerEvent"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerEvent"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Location"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"placeKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerEvent"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"salience"}},{"kind":"Field","name":{"kind":"Name","value":"mentionCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerSpan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerEdge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerSpan"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerQuote"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Quote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"direct"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addressee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerSpan"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"time"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"locations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerEntityQuery, ExplorerEntityQueryVariables>;
export const ExplorerMapDocument = {"__meta__":{"hash":"sha256:4f507646b23f0b41a79a820a5b8c294934ed3f48fd83f23d23402b5fc3d79d19"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerMap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"time"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerMapQuery, ExplorerMapQueryVariables>;
export const ExplorerNeighbourhoodDocument = {"__meta__":{"hash":"sha256:3916a8cd15c1f182001dffe701e169048030f5d3dc463aa8a1f2762db18c0c41"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerNeighbourhood"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"depth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"1"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighborhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"depth"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"center"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerNode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"relation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerSpan"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"salience"}},{"kind":"Field","name":{"kind":"Name","value":"mentionCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerSpan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<ExplorerNeighbourhoodQuery, ExplorerNeighbourhoodQueryVariables>;
export const ExplorerOverviewDocument = {"__meta__":{"hash":"sha256:c548c72467205e49e3f828f3797f2040931c2e7c0f438e8cf7bb186e7e18abc3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entitiesAfter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"relationsAfter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entitiesAfter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerNode"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"relationsAfter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerEdge"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"salience"}},{"kind":"Field","name":{"kind":"Name","value":"mentionCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerSpan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerEdge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerSpan"}}]}}]}}]} as unknown as DocumentNode<ExplorerOverviewQuery, ExplorerOverviewQueryVariables>;
export const ExplorerSearchDocument = {"__meta__":{"hash":"sha256:c4a723c7f4c1cd1eab68cad5ee196356f74dfce23b0938dd5540c3315d4332e5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerNode"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"salience"}},{"kind":"Field","name":{"kind":"Name","value":"mentionCount"}}]}}]} as unknown as DocumentNode<ExplorerSearchQuery, ExplorerSearchQueryVariables>;
export const HowAreTheyConnectedDocument = {"__meta__":{"hash":"sha256:a9896b1a21b58c456819b62df682a7d5e1107f98fb0a909467c39ef9c914ee8f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HowAreTheyConnected"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"Lavrov","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"Vladimir Putin","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"4"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pathsTo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"paths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"hops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"forward"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentence"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HowAreTheyConnectedQuery, HowAreTheyConnectedQueryVariables>;
export const IngestDocumentDocument = {"__meta__":{"hash":"sha256:4754c6d7e73ba69cc5b22016be71861ab49e95910023e55e9b2e367f06354580"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IngestDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IngestDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingestDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quotes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IngestDocumentMutation, IngestDocumentMutationVariables>;
export const NeighborhoodDocument = {"__meta__":{"hash":"sha256:b7fb6d225bf7a6ae803d7ba0751a99ca684a914909ed308d6f7b88a36db6b5aa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Neighborhood"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"Kerry","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"depth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"2"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"neighborhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"depth"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NeighborhoodQuery, NeighborhoodQueryVariables>;
export const PathBetweenDocument = {"__meta__":{"hash":"sha256:86134837af17b9cf34d51df3fae221652b74d63d82fc1033fa811ad5cff82635"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PathBetween"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"4"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"visitedNodes"}},{"kind":"Field","name":{"kind":"Name","value":"paths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"entities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"relation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentence"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PathBetweenQuery, PathBetweenQueryVariables>;
export const PersonProfileDocument = {"__meta__":{"hash":"sha256:15ca73d654b8e7d3a1949036de043e4697cd870107441b8948da11fef5749065"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"of"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"quotes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"direct"}},{"kind":"Field","name":{"kind":"Name","value":"addressee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"met"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"time"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonProfileQuery, PersonProfileQueryVariables>;
export const SearchEntitiesDocument = {"__meta__":{"hash":"sha256:ce6067da6b703abf78bcbd8dba77869507688c774bca245dc250dc471e7de8a5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchEntities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Location"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchEntitiesQuery, SearchEntitiesQueryVariables>;
export const TimelineDocument = {"__meta__":{"hash":"sha256:e7e764883d5455d0665113dadde62696e8ffbf22ec1dd8e05b419ae5c8c8f3b2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Timeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"Kerry","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"dateSource"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TimelineQuery, TimelineQueryVariables>;
export const WhoMetWhomDocument = {"__meta__":{"hash":"sha256:a773dbd12d0e3c0d6761abf883d0b31aa78a6a0927927b38d3f3e5647203c071"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhoMetWhom"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"EnumValue","value":"MET"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentence"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WhoMetWhomQuery, WhoMetWhomQueryVariables>;
export const WhoSaidWhatDocument = {"__meta__":{"hash":"sha256:80a0df9b23fd3043c20f412051d98b6f82673d8ae1b54815848ceea3ef03583c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhoSaidWhat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quotes"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"of"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"quotes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quotes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"direct"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addressee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentence"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WhoSaidWhatQuery, WhoSaidWhatQueryVariables>;