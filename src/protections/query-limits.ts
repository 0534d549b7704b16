import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { GraphQLError, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Limits on an operation's text, from GraphQL Armor. They split the work with the Pothos
 * complexity plugin (src/schema/builder.ts) by what each can see:
 *
 * - Pothos knows what each field costs (a page of `first: 100` multiplies what is under it by
 *   100), so it checks cost, depth and breadth. It does so when execution starts, after parsing
 *   and validation.
 * - Armor needs no schema knowledge and runs earlier: the token limit inside the parser, so a
 *   100 KB document of `a a a a ...` stops at the limit instead of being parsed into a huge tree,
 *   and the alias and directive limits as validation rules, before graphql's own rules (field
 *   merging is quadratic in repeated fields) have much to chew on.
 *
 * Armor's own errors are plain "Syntax Error: ..." messages without a code; these become
 * `QUERY_TOO_COMPLEX` errors shaped like the Pothos ones, naming the limit and its maximum.
 */
export interface TextLimits {
  aliases: number;
  directives: number;
  tokens: number;
}

type TextLimit = keyof TextLimits;

function textLimitError(limit: TextLimit, max: number, armorError: GraphQLError): GraphQLError {
  // Armor counts aliases and directives in full ("..., found 16."); the parser stops at the limit.
  const found = /found (\d+)/.exec(armorError.message)?.[1];
  const message =
    found === undefined
      ? `Query is longer than the limit of ${max} ${limit}`
      : `Query has ${found} ${limit}, over the limit of ${max}`;
  return new GraphQLError(message, {
    extensions: {
      code: 'QUERY_TOO_COMPLEX',
      limit,
      max,
      ...(found === undefined ? {} : { measured: Number(found) }),
    },
  });
}

/** Armor calls this instead of throwing its own error: a validation error when it can, else a throw. */
function rejectWith(limit: TextLimit, max: number) {
  return (context: ValidationContext | null, armorError: GraphQLError): void => {
    const error = textLimitError(limit, max, armorError);
    if (context) context.reportError(error);
    else throw error;
  };
}

export function textLimitPlugins(limits: TextLimits): Plugin[] {
  const options = (limit: TextLimit) => ({
    n: limits[limit],
    exposeLimits: true,
    propagateOnRejection: false,
    onReject: [rejectWith(limit, limits[limit])],
  });
  return [
    maxTokensPlugin(options('tokens')),
    maxAliasesPlugin(options('aliases')),
    maxDirectivesPlugin(options('directives')),
  ];
}
