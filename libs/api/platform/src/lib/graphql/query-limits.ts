import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { EdgeErrorReason } from '@forum/shared/domain';
import {
  type DocumentNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  GraphQLError,
  getNullableType,
  isListType,
  isObjectType,
  Kind,
  visit,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import {
  type ComplexityEstimatorArgs,
  getComplexity,
  simpleEstimator,
} from 'graphql-query-complexity';

/**
 * Bounds every GraphQL operation before it runs, so that no single request can exhaust the API's
 * memory or CPU. The figures leave head-room over the largest operation the web app sends
 * (checked by a test over its generated documents).
 */
export const queryLimits = {
  /** Nesting of fields (fragments flattened into their parent). */
  maxDepth: 10,
  /** Aliased fields in one operation (`a: search(...) b: search(...)`). */
  maxAliases: 20,
  /** Lexical tokens in the document: bounds parsing work whatever the body size. */
  maxTokens: 5_000,
  /**
   * Estimated objects the operation may produce: every field costs 1, a list multiplies what
   * it selects by its `first` argument (or by `assumedListSize` when it has none).
   */
  maxCost: 50_000,
  assumedListSize: 20,
} as const;

/** A rejected operation: which limit, the limit, and what the operation asked for. */
function limitError(reason: EdgeErrorReason, message: string, limit: number, found: number) {
  return new GraphQLError(message, {
    extensions: {
      code: 'GRAPHQL_VALIDATION_FAILED',
      reason,
      limit,
      found,
      http: { status: 400 },
    },
  });
}

/** Extracts the figure found from the rules' fixed messages ("... exceeded, found 17."). */
function foundIn(message: string): number {
  return Number(/found (\d+)/.exec(message)?.[1] ?? Number.NaN);
}

/** Turns a rule's rejection into our typed error with the limit and the figure found. */
function reportAs(reason: EdgeErrorReason, what: string, limit: number) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    const found = foundIn(error.message);
    context?.reportError(
      limitError(
        reason,
        `The operation exceeds the ${what} limit of ${limit} (found ${found}).`,
        limit,
        found,
      ),
    );
  };
}

/** Validation rules for depth and aliases; they run before any resolver. */
export const queryLimitRules: ValidationRule[] = [
  maxDepthRule({
    n: queryLimits.maxDepth,
    flattenFragments: true,
    onReject: [reportAs(EdgeErrorReason.QueryTooDeep, 'depth', queryLimits.maxDepth)],
    propagateOnRejection: false,
  }),
  maxAliasesRule({
    n: queryLimits.maxAliases,
    onReject: [reportAs(EdgeErrorReason.TooManyAliases, 'alias', queryLimits.maxAliases)],
    propagateOnRejection: false,
  }),
];

/**
 * A page (a type with `pageInfo`, such as a Relay connection or search results) lists the items
 * its field's `first` already counted: its lists add no multiplier of their own.
 */
function isPageList(parent: GraphQLCompositeType): boolean {
  return isObjectType(parent) && 'pageInfo' in parent.getFields();
}

function listSizeEstimator({
  field,
  type,
  args,
  childComplexity,
}: ComplexityEstimatorArgs): number | void {
  if (!isListType(getNullableType(field.type)) && !('first' in args)) return;
  if (isPageList(type)) return 1 + childComplexity;
  const requested = args['first'] ?? args['last'] ?? args['limit'];
  const size =
    typeof requested === 'number' && requested >= 0 ? requested : queryLimits.assumedListSize;
  return 1 + size * childComplexity;
}

/** The estimated number of objects an operation produces, as the cost limit counts it. */
export function estimateQueryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName?: string,
): number {
  return getComplexity({
    schema,
    query: document,
    operationName,
    variables,
    estimators: [listSizeEstimator, simpleEstimator({ defaultComplexity: 1 })],
  });
}

/** The arguments whose variables change an operation's cost: list sizes and `@skip`/`@include`. */
const costArguments = new Set(['first', 'last', 'limit', 'if']);

/** The names of the variables that the cost of `document` depends on. */
function costVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Argument(node) {
      if (costArguments.has(node.name.value) && node.value.kind === Kind.VARIABLE) {
        names.add(node.value.name.value);
      }
    },
  });
  return [...names].sort();
}

/**
 * Costs already estimated, per parsed document (Apollo keeps one per distinct query text) and
 * per operation name and value of the variables the cost depends on: a page requested again with
 * another id costs nothing to check.
 */
const knownCosts = new WeakMap<DocumentNode, { variables: string[]; costs: Map<string, number> }>();

function cachedQueryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName?: string,
): number {
  let known = knownCosts.get(document);
  if (!known) {
    known = { variables: costVariables(document), costs: new Map() };
    knownCosts.set(document, known);
  }
  const key = JSON.stringify([operationName, known.variables.map((name) => variables[name])]);
  let cost = known.costs.get(key);
  if (cost === undefined) {
    cost = estimateQueryCost(schema, document, variables, operationName);
    if (known.costs.size < 100) known.costs.set(key, cost);
  }
  return cost;
}

/**
 * Rejects an operation whose estimated cost is over the limit once its variables are known
 * (`first: $pageSize` counts), before execution starts.
 */
export const queryCostPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, request, operationName }) {
        let cost: number;
        try {
          cost = cachedQueryCost(
            schema,
            document,
            request.variables ?? {},
            operationName ?? undefined,
          );
        } catch {
          // Variables that do not fit the operation: execution reports them as BAD_USER_INPUT.
          return;
        }
        if (cost > queryLimits.maxCost) {
          throw limitError(
            EdgeErrorReason.QueryTooCostly,
            `The operation is too costly: ${cost} estimated objects over the limit of ${queryLimits.maxCost}. Ask for fewer items or fewer nested lists.`,
            queryLimits.maxCost,
            cost,
          );
        }
      },
    };
  },
};
