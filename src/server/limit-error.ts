import { GraphQLError, type ASTNode } from 'graphql';

/**
 * A refusal the client can act on: its message says what was over which
 * limit, `extensions.code` names the limit for programs, and the HTTP status
 * is set through yoga's `extensions.http` (which yoga strips from the response).
 */
export function limitError(code: string, message: string, status = 400, nodes?: ASTNode | readonly ASTNode[]): GraphQLError {
  return new GraphQLError(message, { nodes, extensions: { code, http: { status } } });
}
