import { GraphQLError } from 'graphql';

/**
 * An error the client caused and can fix (a negative `first`, a malformed id,
 * an empty article). It carries extensions.code so that masking lets it
 * through and clients can tell it from a server fault.
 */
export function badUserInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}
