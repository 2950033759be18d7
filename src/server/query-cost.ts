/**
 * What an operation may cost before it runs, counting list sizes: every field
 * costs 1, and a field with a page-size argument (`first`, `limit`,
 * `maxPaths`) multiplies the cost of its selection by that size, because its
 * selection runs once per item. For example
 *   people(first: 10) { edges { node { quotes(first: 5) { edges { node { text } } } } } }
 * costs 1 + 10 × (edges 1 + node 1 + quotes (1 + 5 × (edges 1 + node 1 + text 1))) = 181.
 * Arguments are read with the operation's variables (defaults applied), so
 * `first: $n` is priced at the value actually sent. Introspection fields are
 * free: GraphiQL's schema query is large and harmless.
 *
 * The same walk collects every `first` above the maximum, so the client is
 * told which field asked for too much rather than being silently clamped.
 *
 * Why not graphql-armor's costLimit or @pothos/plugin-complexity: armor's
 * cost has a fixed factor per level and cannot read `first`; the Pothos
 * plugin would need a multiplier declared on each of the schema's ~55
 * connection fields, and a field added without one would be priced as 1.
 * This walk prices every field carrying a page-size argument, present or future.
 */
import {
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  isObjectType,
  isInterfaceType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  typeFromAST,
} from 'graphql';
import { getArgumentValues, getVariableValues } from 'graphql/execution/values';
import { DEFAULT_PAGE_SIZE } from '../schema/page-args';

/** Arguments that say how many items a field returns; `first` is the connections' page size. */
export const SIZE_ARGUMENTS = ['first', 'limit', 'maxPaths'] as const;

export interface FirstTooLarge {
  /** "Query.people" or "Person.quotes": where the client asked. */
  field: string;
  first: number;
}

export interface QueryCost {
  cost: number;
  /** Every `first` above `maxFirst`, in document order. */
  firstTooLarge: FirstTooLarge[];
}

export function queryCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown> | null | undefined,
  maxFirst: number,
): QueryCost {
  const firstTooLarge: FirstTooLarge[] = [];
  const root = schema.getRootType(operation.operation);
  if (!root) return { cost: 0, firstTooLarge };
  // Coerced as execution will coerce them, so `$n: Int = 500` is priced at 500 (execution reports bad values).
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  const values = coerced.coerced ?? variables ?? {};

  // `visiting` guards against fragment cycles (validation reports those itself).
  const costOf = (selectionSet: SelectionSetNode, parent: GraphQLNamedType, visiting: Set<string>): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name.startsWith('__')) continue;
        const field = fieldOf(parent, name);
        if (!field) continue; // validation reports unknown fields
        let multiplier = 1;
        let args: Record<string, unknown> = {};
        try {
          args = getArgumentValues(field, selection, values);
        } catch {
          // bad argument values: execution reports them; price the field without them
        }
        const first = args.first;
        if (typeof first === 'number' && first > maxFirst) firstTooLarge.push({ field: `${parent.name}.${name}`, first });
        for (const argument of SIZE_ARGUMENTS) {
          const size = args[argument];
          if (typeof size === 'number' && size > 0) multiplier = Math.max(multiplier, size);
        }
        // A connection without `first` returns its default page.
        if (multiplier === 1 && field.args.some((a) => a.name === 'first') && args.first == null) multiplier = DEFAULT_PAGE_SIZE;
        const below = selection.selectionSet ? costOf(selection.selectionSet, getNamedType(field.type), visiting) : 0;
        total += 1 + multiplier * below;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? typeFromAST(schema, selection.typeCondition) : parent;
        total += costOf(selection.selectionSet, (type as GraphQLNamedType | undefined) ?? parent, visiting);
      } else {
        const name = selection.name.value;
        const fragment = fragments[name];
        if (!fragment || visiting.has(name)) continue;
        const type = (typeFromAST(schema, fragment.typeCondition) as GraphQLNamedType | undefined) ?? parent;
        visiting.add(name);
        total += costOf(fragment.selectionSet, type, visiting);
        visiting.delete(name);
      }
    }
    return total;
  };

  return { cost: costOf(operation.selectionSet, root, new Set()), firstTooLarge };
}

// A union declares no fields of its own (only __typename, which is free).
function fieldOf(type: GraphQLNamedType, name: string): GraphQLField<unknown, unknown> | undefined {
  return isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
}
