/**
 * Sends the codegen-typed operations of schema/operations/explorer-*.graphql
 * to the server's GraphQL endpoint: the result type follows the document.
 * An operation goes as its persisted hash first (codegen's
 * persisted-documents.json, which the server loads), so the page also works
 * against a server that runs only persisted operations; a server that does
 * not know the hash gets the full text (graphql's `print`) instead.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

export class GraphQLRequestError extends Error {}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function post<T>(endpoint: string, body: Record<string, unknown>): Promise<{ status: number; body: GraphQLResponse<T> }> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse<T> };
}

/** codegen's persistedDocuments option stamps each document with `__meta__.hash` ("sha256:<hex>"). */
function persistedHash(document: object): string | undefined {
  return (document as { __meta__?: { hash?: string } }).__meta__?.hash?.replace(/^sha256:/, '');
}

/** Same origin as the page: /explore and /graphql are served by one server. */
export async function request<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  endpoint = '/graphql',
): Promise<TResult> {
  const hash = persistedHash(document);
  let answer: { status: number; body: GraphQLResponse<TResult> } | undefined;
  if (hash) {
    answer = await post<TResult>(endpoint, { variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
    if (answer.body.errors?.some((error) => error.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND')) answer = undefined;
  }
  answer ??= await post<TResult>(endpoint, { query: print(document), variables });
  if (answer.body.errors?.length) throw new GraphQLRequestError(answer.body.errors.map((e) => e.message).join('; '));
  if (!answer.body.data) throw new GraphQLRequestError(`the server answered ${answer.status} without data`);
  return answer.body.data;
}
