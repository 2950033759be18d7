/**
 * Refuses `__schema` and `__type`, the fields that describe the schema, when
 * introspection is off. `__typename` stays: clients (urql, Apollo) add it to
 * every selection to tell union members apart, and it reveals one type name.
 */
import type { ASTVisitor, ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { limitError } from './limit-error';

export function noIntrospectionRule(context: ValidationContext): ASTVisitor {
  return {
    Field(node) {
      const name = node.name.value;
      if (name === '__schema' || name === '__type') {
        context.reportError(
          limitError('INTROSPECTION_DISABLED', `Introspection is disabled on this server (${name}); see its documentation for the schema.`, 400, node),
        );
      }
    },
  };
}

export function useNoIntrospection(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(noIntrospectionRule);
    },
  };
}
