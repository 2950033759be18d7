/**
 * A validation rule that refuses queries nested deeper than a limit. Batching
 * keeps store calls to one per level, but each level multiplies the rows (up
 * to 100 per connection), so depth is what bounds a query's cost. Fields of
 * introspection (__schema, __type...) are not counted: GraphiQL's own schema
 * query is deep and harmless.
 */
import { type ASTVisitor, Kind, type SelectionSetNode, type ValidationContext } from 'graphql';
import { limitError } from './limit-error';

export const DEFAULT_MAX_DEPTH = 15;

export function maxDepthRule(max: number = DEFAULT_MAX_DEPTH) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const depth = depthOf(operation.selectionSet, context, new Set());
      if (depth > max) {
        const name = operation.name ? `"${operation.name.value}" ` : '';
        context.reportError(
          limitError('QUERY_TOO_DEEP', `The operation ${name}is ${depth} fields deep; the limit is ${max}. Split it into several queries.`, 400, [
            operation,
          ]),
        );
      }
      return false;
    },
  });
}

// `fragments` guards against cycles (NoFragmentCyclesRule reports those itself).
function depthOf(selectionSet: SelectionSetNode, context: ValidationContext, fragments: Set<string>): number {
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      const below = selection.selectionSet ? depthOf(selection.selectionSet, context, fragments) : 0;
      deepest = Math.max(deepest, 1 + below);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, context, fragments));
    } else {
      const name = selection.name.value;
      const fragment = context.getFragment(name);
      if (!fragment || fragments.has(name)) continue;
      fragments.add(name);
      deepest = Math.max(deepest, depthOf(fragment.selectionSet, context, fragments));
      fragments.delete(name);
    }
  }
  return deepest;
}
