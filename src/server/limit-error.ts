import { GraphQLError, type ASTNode } from 'graphql';

/**
 * A refusal the client can act on: its message says what was over which
 * limit, `extensions.code` names the limit for programs, and the HTTP status
 * is set through yoga's `extensions.http` (which yoga strips from the response).
 *
 * A 400 is a GraphQL-over-HTTP "request error" (`spec: true`): sent as 400 to
 * clients accepting application/graphql-response+json, and as 200 to those
 * accepting only application/json, as the spec asks and as yoga answers its
 * own validation errors. 401, 403, 413 and 503 are sent as they are.
 */
export function limitError(code: string, message: string, status = 400, nodes?: ASTNode | readonly ASTNode[]): GraphQLError {
  return new GraphQLError(message, { nodes, extensions: { code, http: status === 400 ? { spec: true, status } : { status } } });
}
