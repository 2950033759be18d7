import type { Plugin } from 'graphql-yoga';
import { DEFAULT_MAX_DEPTH, maxDepthRule } from './max-depth-rule';

/** Adds maxDepthRule to the validation of every operation. */
export function useMaxDepth(max: number = DEFAULT_MAX_DEPTH): Plugin {
  const rule = maxDepthRule(max);
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(rule);
    },
  };
}
