/**
 * The `quotes` field of a speaker (Person or Organization): what the entity
 * said, direct quotes first. One resolver for both types, so that the two
 * fields cannot drift apart.
 */
import type { QuoteRecord } from '../graph/model';
import type { QuoteOrder } from '../store/store';
import { badUserInput } from './bad-user-input';
import { type ConnectionShape, resolveConnection } from './connection-from-page';
import type { GraphQLContext } from './context';
import { isFiltered, type QuoteFilterValue, toQuoteWhere } from './filters';
import type { ConnectionArgs } from './page-args';

export interface SpokenQuotesArgs extends ConnectionArgs {
  contains?: string | null;
  filter?: QuoteFilterValue | null;
  orderBy?: QuoteOrder | null;
}

export function resolveSpokenQuotes(speakerId: string, args: SpokenQuotesArgs, ctx: GraphQLContext): Promise<ConnectionShape<QuoteRecord>> {
  if (isFiltered(args)) {
    const where = toQuoteWhere(args.filter);
    if (args.contains && where.contains) throw badUserInput('quotes: give `contains` as an argument or in `filter`, not both');
    if (args.contains) where.contains = args.contains;
    const query = { where, order: args.orderBy ?? 'DIRECT_FIRST' } as const;
    return resolveConnection(args, (page) => ctx.loaders.analyst.quotesBy('quotesBySpeaker', { page, filter: query }).load(speakerId));
  }
  const filter = args.contains ? { contains: args.contains } : {};
  return resolveConnection(args, (page) => ctx.loaders.quotesBySpeaker({ page, filter }).load(speakerId));
}
