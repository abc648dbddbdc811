import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';
import {
  type ConstListValueNode,
  type ConstObjectValueNode,
  GraphQLError,
  Lexer,
  type ListValueNode,
  type ObjectValueNode,
  type ParseOptions,
  type SelectionSetNode,
  Source,
  TokenKind,
  type TypeNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { RequestLimits } from '../config.ts';

type DocumentLimits = Pick<RequestLimits, 'maxDepth' | 'maxAliases' | 'maxTokens' | 'maxDirectives'>;

/**
 * The error for a document over one of the limits: `QUERY_TOO_COMPLEX` with
 * `extensions.limit {name, max, actual}`, stating the rule and the value found.
 */
export function queryTooComplex(
  limit: { name: string; max: number; actual: number },
  message: string,
): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', limit } });
}

const tooDeep = (max: number, actual: number) =>
  queryTooComplex(
    { name: 'depth', max, actual },
    `A document may nest at most ${max} levels deep (MAX_DEPTH); this one nests ${actual}.`,
  );
const tooManyTokens = (max: number, actual: number) =>
  queryTooComplex(
    { name: 'tokens', max, actual },
    `A document may have at most ${max} tokens (MAX_TOKENS); this one has ${actual}.`,
  );
const tooManyAliases = (max: number, actual: number) =>
  queryTooComplex(
    { name: 'aliases', max, actual },
    `An operation may alias at most ${max} fields (MAX_ALIASES); this one aliases ${actual}.`,
  );
const tooManyDirectives = (max: number, actual: number) =>
  queryTooComplex(
    { name: 'directives', max, actual },
    `An operation may use at most ${max} directives (MAX_DIRECTIVES); this one uses ${actual}.`,
  );

/**
 * Measures every document before it runs: tokens and nesting while it is parsed (so a
 * hostile document never reaches the parser's recursion limit), then depth across
 * fragments, aliases and directives as validation rules. graphql-armor does the
 * measuring; this plugin turns what it finds into coded errors.
 */
export function useDocumentLimits(limits: DocumentLimits): Plugin {
  const rules = [
    measuredBy(maxDepthRule, limits.maxDepth, tooDeep),
    measuredBy(maxAliasesRule, limits.maxAliases, tooManyAliases),
    measuredBy(maxDirectivesRule, limits.maxDirectives, tooManyDirectives),
  ];
  return {
    onParse({ setParseFn }) {
      setParseFn((source, options) => new LimitedParser(source, limits, options).parseDocument());
    },
    onValidate({ addValidationRule }) {
      for (const rule of rules) addValidationRule(rule);
    },
  };
}

type ArmorRule = (options: {
  n: number;
  onAccept: ((context: ValidationContext | null, details: { n: number }) => void)[];
}) => ValidationRule;

/**
 * An armor rule run without its own refusal (an unreachable bound), reporting our error
 * from the count it measured, which its own rejection does not pass on.
 */
function measuredBy(
  rule: ArmorRule,
  max: number,
  refusal: (max: number, actual: number) => GraphQLError,
): ValidationRule {
  return rule({
    n: Number.POSITIVE_INFINITY,
    onAccept: [
      (context, { n }) => {
        if (n > max) context?.reportError(refusal(max, n));
      },
    ],
  });
}

/**
 * graphql-armor's token-counting parser, which also refuses nesting deeper than
 * `maxDepth` as it reads, selections and values (lists, objects, list types) each on
 * their own count: the parser recurses once per level, and a few thousand levels
 * exhaust the stack long before the token limit.
 */
class LimitedParser extends MaxTokensParserWLexer {
  private readonly nesting = { selections: 0, values: 0 };

  constructor(
    private readonly text: string | Source,
    private readonly limits: DocumentLimits,
    options?: ParseOptions,
  ) {
    super(text, {
      ...options,
      n: limits.maxTokens,
      onReject: [
        () => {
          throw tooManyTokens(limits.maxTokens, countTokens(text));
        },
      ],
    });
  }

  override parseSelectionSet(): SelectionSetNode {
    return this.nested('selections', () => super.parseSelectionSet());
  }

  override parseList(isConst: true): ConstListValueNode;
  override parseList(isConst: boolean): ListValueNode;
  override parseList(isConst: boolean): ListValueNode {
    return this.nested('values', () => super.parseList(isConst));
  }

  override parseObject(isConst: true): ConstObjectValueNode;
  override parseObject(isConst: boolean): ObjectValueNode;
  override parseObject(isConst: boolean): ObjectValueNode {
    return this.nested('values', () => super.parseObject(isConst));
  }

  override parseTypeReference(): TypeNode {
    return this.nested('values', () => super.parseTypeReference());
  }

  private nested<T>(kind: keyof LimitedParser['nesting'], parse: () => T): T {
    this.nesting[kind] += 1;
    try {
      if (this.nesting[kind] > this.limits.maxDepth)
        throw tooDeep(this.limits.maxDepth, deepestNesting(this.text));
      return parse();
    } finally {
      this.nesting[kind] -= 1;
    }
  }
}

/** Every token of a document, read by the lexer alone (no recursion); bounded by the body size. */
function* tokensOf(text: string | Source) {
  const lexer = new Lexer(typeof text === 'string' ? new Source(text) : text);
  try {
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) yield token;
  } catch {
    // A syntax error ends the count where it stands: the document is refused either way.
  }
}

function countTokens(text: string | Source): number {
  let count = 0;
  for (const _token of tokensOf(text)) count += 1;
  return count;
}

const OPENING = new Set<TokenKind>([TokenKind.BRACE_L, TokenKind.BRACKET_L]);
const CLOSING = new Set<TokenKind>([TokenKind.BRACE_R, TokenKind.BRACKET_R]);

/** The deepest run of open braces and brackets: how deep the parser would have to recurse. */
function deepestNesting(text: string | Source): number {
  let depth = 0;
  let deepest = 0;
  for (const { kind } of tokensOf(text)) {
    if (OPENING.has(kind)) deepest = Math.max(deepest, ++depth);
    else if (CLOSING.has(kind)) depth -= 1;
  }
  return deepest;
}
