/**
 * Error masking: a client sees "Unexpected error." for anything it did not
 * cause (a store fault, a bug), never a message or stack that could leak
 * internals. Errors a client can fix keep their message and carry
 * extensions.code: resolvers throw those as GraphQLErrors already
 * (badUserInput), and an InvalidDocumentError from article validation becomes
 * BAD_USER_INPUT here, wherever it was thrown.
 */
import { GraphQLError } from 'graphql';
import { maskError as yogaMaskError } from 'graphql-yoga';
import { InvalidDocumentError } from '../graph/validate-input';

export function maskError(error: unknown, message: string): Error {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof InvalidDocumentError) {
    return new GraphQLError(original.message, {
      nodes: error instanceof GraphQLError ? error.nodes : undefined,
      path: error instanceof GraphQLError ? error.path : undefined,
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  // isDev=false: never attach the original error (and its stack), whatever NODE_ENV says.
  return yogaMaskError(error, message, false);
}
