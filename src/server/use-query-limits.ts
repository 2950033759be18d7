/**
 * The limits every operation must fit before it runs, in the order a request
 * meets them: tokens while parsing (a huge document is refused before it is
 * even built), then aliases, directives and depth while validating, then the
 * cost and `first` sizes just before execution, when the variables are known.
 * Each refusal is a GraphQL error with extensions.code and status 400.
 *
 * graphql-armor's plugins count tokens, aliases and directives; their own
 * errors say "Syntax Error:" and carry no code, so each is told not to throw
 * and to hand its error to `reject`, which reports it in newsgraph's shape.
 */
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { type ExecutionArgs, type FragmentDefinitionNode, type GraphQLError, getOperationAST, Kind, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { limitError } from './limit-error';
import { queryCost } from './query-cost';
import type { SecurityOptions } from './security-options';
import { useMaxDepth } from './use-max-depth';

type QueryLimits = Pick<SecurityOptions, 'maxDepth' | 'maxAliases' | 'maxTokens' | 'maxDirectives' | 'maxCost' | 'maxFirst'>;

/** "Syntax Error: Aliases limit of 15 exceeded, found 16." -> "Aliases limit of 15 exceeded, found 16." */
const armorMessage = (error: GraphQLError) => error.message.replace(/^Syntax Error: /, '');

// Validation rules report and go on; the parser has no context to report into, so its error is thrown.
function reject(code: string, hint: string) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    const refusal = limitError(code, `${armorMessage(error)} ${hint}`);
    if (!context) throw refusal;
    context.reportError(refusal);
  };
}

/**
 * `suggestions: false` also hides graphql-js's "Did you mean ...?" hints,
 * which would otherwise spell out the schema to a client without introspection.
 */
export function useQueryLimits(limits: QueryLimits, suggestions = true): Plugin[] {
  const armor = EnvelopArmorPlugin({
    maxTokens: { n: limits.maxTokens, propagateOnRejection: false, onReject: [reject('QUERY_TOO_LARGE', 'Send a shorter document.')] },
    maxAliases: { n: limits.maxAliases, propagateOnRejection: false, onReject: [reject('TOO_MANY_ALIASES', 'Use fewer aliased fields per operation.')] },
    maxDirectives: {
      n: limits.maxDirectives,
      propagateOnRejection: false,
      onReject: [reject('TOO_MANY_DIRECTIVES', 'Use fewer directives per operation.')],
    },
    blockFieldSuggestion: { enabled: !suggestions },
    // newsgraph's own: depth in max-depth-rule.ts (introspection exempt), cost below (page sizes multiplied).
    maxDepth: { enabled: false },
    costLimit: { enabled: false },
  });
  return [armor as Plugin, useMaxDepth(limits.maxDepth), useCostLimit(limits.maxCost, limits.maxFirst)];
}

/** Refuses an operation whose `first` is over the maximum, or whose cost (query-cost.ts) is over the limit. */
export function useCostLimit(maxCost: number, maxFirst: number): Plugin {
  const check = (args: Pick<ExecutionArgs, 'schema' | 'document' | 'operationName' | 'variableValues'>) => {
    const operation = getOperationAST(args.document, args.operationName);
    if (!operation) return undefined;
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const definition of args.document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
    }
    const { cost, firstTooLarge } = queryCost(args.schema, operation, fragments, args.variableValues, maxFirst);
    if (firstTooLarge.length > 0) {
      return firstTooLarge.map(({ field, first }) =>
        limitError('FIRST_TOO_LARGE', `${field}: first is ${first}; the largest page is ${maxFirst}. Page with \`after\` instead.`),
      );
    }
    if (cost > maxCost) {
      return [
        limitError(
          'QUERY_TOO_COSTLY',
          `The operation costs ${cost}; the limit is ${maxCost}. Each field costs 1 and page sizes (first, limit) multiply the fields below them: ask for smaller pages or fewer nested lists.`,
        ),
      ];
    }
    return undefined;
  };
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const errors = check(args);
      if (errors) setResultAndStopExecution({ errors });
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const errors = check(args);
      if (errors) setResultAndStopExecution({ errors });
    },
  };
}
