/**
 * Sends the codegen-typed operations of schema/operations/explorer-*.graphql
 * to the server's GraphQL endpoint: the result type follows the document.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

export class GraphQLRequestError extends Error {}

/** Same origin as the page: /explore and /graphql are served by one server. */
export async function request<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  endpoint = '/graphql',
): Promise<TResult> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as { data?: TResult | null; errors?: { message: string }[] };
  if (body.errors?.length) throw new GraphQLRequestError(body.errors.map((e) => e.message).join('; '));
  if (!body.data) throw new GraphQLRequestError(`the server answered ${response.status} without data`);
  return body.data;
}
