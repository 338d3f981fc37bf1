import type { ApolloServerPlugin } from '@apollo/server';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import {
  ConstDirectiveNode,
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  getArgumentValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  GraphQLError,
  GraphQLField,
  GraphQLFormattedError,
  GraphQLObjectType,
  GraphQLSchema,
  isAbstractType,
  isCompositeType,
  isInputType,
  isListType,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  parse,
  SelectionSetNode,
  valueFromASTUntyped,
} from 'graphql';
// Execution's own field collection: fragments, @skip/@include and merging of
// fields by response key exactly as the query will run. Internal to graphql 16
// (hence the deep import); the spec fails loudly if its signature changes.
import { collectFields, collectSubfields } from 'graphql/execution/collectFields';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './pagination';

export interface QueryLimits {
  /** Nested fields, counted on the query as it runs: fragments add no level. */
  readonly maxDepth: number;
  /** See `measureQuery`: roughly the number of objects the answer can hold. */
  readonly maxCost: number;
  readonly maxAliases: number;
  readonly maxDirectives: number;
  readonly maxTokens: number;
  /**
   * What a list without paging arguments is assumed to hold when its field
   * declares no `@listSize(assumedSize:)`. Every such list in the supergraph
   * declares one (query-limits.spec.ts in the gateway checks), so this only
   * covers a schema that does not, such as a test's.
   */
  readonly unpagedListSize: number;
}

/**
 * Bounds on what one request may ask for, so that no query fans out without
 * end and no screen a client needs is refused (query-limits.spec.ts in the
 * gateway holds both sides).
 */
export const QUERY_LIMITS: QueryLimits = {
  maxDepth: 10,
  // The costliest screen, a page of 100 reps with their 26 KPIs and each KPI's
  // facts, costs 10,701; every other screen 5,620 or less (query-limits.spec.ts
  // in the gateway lists them). 12,000 admits it with room for a few more
  // objects (as 10,000 did at 21 KPIs), and refuses two such pages in one
  // request and the fan-out through nested lists (teams' members' team's
  // members' KPIs: 212,420).
  maxCost: 12000,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 2000,
  unpagedListSize: 10,
};

/**
 * The same limits in a subgraph, for the operations the gateway makes of a
 * client's query. Those are never deeper, nor costlier where lists hold what
 * they are assumed to (an `_entities` fetch counts its representations as the
 * client's query counted the list they came from), and use no more aliases
 * or directives. They can have several times the tokens, though: the gateway
 * inlines the client's fragments and adds key fields and __typename. Their
 * length is bounded by the token limit; their objects by the cost limit.
 */
export const SUBGRAPH_QUERY_LIMITS: QueryLimits = { ...QUERY_LIMITS, maxTokens: 10 * QUERY_LIMITS.maxTokens };

export type QueryLimit = 'depth' | 'cost' | 'aliases' | 'directives' | 'tokens';

/** The code of a refusal for size: not a syntax or validation error, which a client fixes differently. */
export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';

export interface QueryMeasure {
  readonly depth: number;
  readonly cost: number;
  readonly costExceeded: boolean;
  /** False when measuring stopped once the cost was past the limit: depth and cost are then lower bounds. */
  readonly complete: boolean;
  readonly aliases: number;
  readonly directives: number;
}

const LIMIT_OF: Record<'aliases' | 'directives', keyof QueryLimits> = { aliases: 'maxAliases', directives: 'maxDirectives' };

const DESCRIPTION: Record<QueryLimit, string> = {
  depth: 'is nested deeper than',
  cost: 'would cost more than',
  aliases: 'uses more aliases than',
  directives: 'uses more directives than',
  tokens: 'is longer, in tokens, than',
};

/** The refusal a client sees: which limit, what the query measured and the limit, as HTTP 400. */
export function queryTooComplex(limit: QueryLimit, measured: number, max: number, atLeast = false): GraphQLError {
  const found = atLeast ? `at least ${measured}` : String(measured);
  return new GraphQLError(
    `The query ${DESCRIPTION[limit]} the limit of ${max} (${limit}: ${found}); ask for fewer fields, smaller pages or fewer nested lists, or split it into several requests`,
    { extensions: { code: QUERY_TOO_COMPLEX, limit, measured, max, http: { status: 400 } } },
  );
}

/**
 * Measures an operation as it will run, with its variables.
 *
 * Cost, as Apollo's demand control counts it (the IBM GraphQL cost
 * specification): a field returning an object, interface or union costs 1, a
 * scalar or enum 0; a list multiplies by the items it can hold what each item
 * costs with its selection (a field `f` returning n objects of selection cost
 * c costs n × (1 + c)). A connection's `edges`/`nodes` hold `first` items
 * (from a literal or a variable; DEFAULT_PAGE_SIZE when absent, at most
 * MAX_PAGE_SIZE, which every list enforces (list.ts)), a subgraph's `_entities` as many
 * as its representations, any other list what its field declares with
 * `@listSize(assumedSize:)` in the SDL (`listSizes`; `unpagedListSize` when it
 * declares none). `__typename` and introspection are free: graphql-js's
 * MaxIntrospectionDepthRule, among the rules every request is validated with,
 * already bounds introspection. Fields selected both inline and in fragments
 * are merged first, as execution merges them, so colocated fragments cost what
 * the same selection inline costs.
 */
export function measureQuery(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  limits: QueryLimits = QUERY_LIMITS,
  listSizes: ListSizes = listSizesOf(schema),
): QueryMeasure {
  const fragments: Record<string, FragmentDefinitionNode> = Object.create(null);
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  const counts = countAliasesAndDirectives(operation, fragments);
  const root = schema.getRootType(operation.operation);
  if (!root) return { depth: 0, cost: 0, costExceeded: false, complete: true, ...counts };
  const measurer = new Measurer(schema, fragments, variables, limits, listSizes);
  try {
    const { cost, depth } = measurer.selection(root, collectFields(schema, fragments, variables, root, operation.selectionSet), 1);
    return { depth, cost, costExceeded: cost > limits.maxCost, complete: true, ...counts };
  } catch (error) {
    if (!(error instanceof CostExceeded)) throw error;
    return { depth: measurer.deepest, cost: measurer.visited, costExceeded: true, complete: false, ...counts };
  }
}

/** The first limit the operation exceeds, as the error to send, or undefined. */
export function checkQueryLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown> | undefined,
  limits: QueryLimits = QUERY_LIMITS,
  listSizes: ListSizes = listSizesOf(schema),
): GraphQLError | undefined {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  if (coerced.errors) {
    // The same refusal execution would give, before the query is planned or measured.
    const [first] = coerced.errors;
    return new GraphQLError(first.message, { nodes: first.nodes, extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
  }
  const measure = measureQuery(schema, document, operation, coerced.coerced, limits, listSizes);
  if (measure.depth > limits.maxDepth) return queryTooComplex('depth', measure.depth, limits.maxDepth, !measure.complete);
  for (const limit of ['aliases', 'directives'] as const) {
    if (measure[limit] > limits[LIMIT_OF[limit]]) return queryTooComplex(limit, measure[limit], limits[LIMIT_OF[limit]]);
  }
  if (measure.costExceeded) return queryTooComplex('cost', measure.cost, limits.maxCost, !measure.complete);
  return undefined;
}

/**
 * The limits as an Apollo Server plugin, checked once the operation is known
 * and before anything executes (at the gateway, before a query plan is made).
 * A refusal keeps its code and HTTP 400, where a validation rule's error would
 * be re-coded GRAPHQL_VALIDATION_FAILED. Tokens are bounded by `parseOptions`
 * (graphql-js stops parsing past them); `formatQueryLimitError` re-codes that refusal.
 *
 * A subgraph's list sizes are read from its schema. The gateway's schema is
 * the API schema, from which composition strips `@listSize`: they are read
 * from the supergraph it was made from, each time the gateway loads one.
 */
export function queryLimitsPlugin(limits: QueryLimits = QUERY_LIMITS): ApolloServerPlugin {
  const fromSupergraph = new WeakMap<GraphQLSchema, ListSizes>();
  return {
    async serverWillStart() {
      return {
        schemaDidLoadOrUpdate({ apiSchema, coreSupergraphSdl }) {
          if (coreSupergraphSdl) fromSupergraph.set(apiSchema, listSizesOf(coreSupergraphSdl));
        },
      };
    },
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          // No such operation: Apollo Server refuses that itself.
          if (!operation) return;
          const error = checkQueryLimits(schema, document, operation, request.variables, limits, fromSupergraph.get(schema) ?? listSizesOf(schema));
          if (error) throw error;
        },
      };
    },
  };
}

/** Assumed sizes of lists without paging arguments, by `Type.field`. */
export type ListSizes = ReadonlyMap<string, number>;

const listSizesOfSchema = new WeakMap<GraphQLSchema, ListSizes>();

/**
 * The `@listSize(assumedSize:)` of every field that declares one, in a schema
 * built from SDL (a subgraph's, whose fields keep their AST) or in SDL itself
 * (the supergraph, where composition keeps them under the cost spec's link).
 * The directive is found under the name its `@link` gives it: imported
 * (`@listSize`, or renamed with `as`), or prefixed (`@federation__listSize`).
 * Only `assumedSize` is read: connections are sized by `first` (see `measureQuery`).
 */
export function listSizesOf(source: GraphQLSchema | string | DocumentNode): ListSizes {
  if (source instanceof GraphQLSchema) {
    const cached = listSizesOfSchema.get(source);
    if (cached) return cached;
    const schemaDirectives = [source.astNode, ...source.extensionASTNodes].flatMap((node) => node?.directives ?? []);
    const names = listSizeNames(schemaDirectives);
    const sizes = new Map<string, number>();
    for (const type of Object.values(source.getTypeMap())) {
      if (!('getFields' in type) || isInputType(type)) continue;
      for (const field of Object.values(type.getFields())) {
        const size = assumedSize(field.astNode?.directives ?? [], names);
        if (size !== undefined) sizes.set(`${type.name}.${field.name}`, size);
      }
    }
    listSizesOfSchema.set(source, sizes);
    return sizes;
  }
  const document = typeof source === 'string' ? parse(source) : source;
  const schemaDirectives = document.definitions.flatMap((definition) =>
    definition.kind === Kind.SCHEMA_DEFINITION || definition.kind === Kind.SCHEMA_EXTENSION ? (definition.directives ?? []) : [],
  );
  const names = listSizeNames(schemaDirectives);
  const sizes = new Map<string, number>();
  for (const definition of document.definitions) {
    if (
      definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
      definition.kind !== Kind.OBJECT_TYPE_EXTENSION &&
      definition.kind !== Kind.INTERFACE_TYPE_DEFINITION &&
      definition.kind !== Kind.INTERFACE_TYPE_EXTENSION
    ) {
      continue;
    }
    for (const field of definition.fields ?? []) {
      const size = assumedSize(field.directives ?? [], names);
      if (size !== undefined) sizes.set(`${definition.name.value}.${field.name.value}`, size);
    }
  }
  return sizes;
}

const LISTSIZE_SPECS = /^https:\/\/specs\.apollo\.dev\/(cost|federation)\/v[\d.]+$/;

/** The names `@listSize` goes by under the schema's `@link`s: `listSize` when nothing links it (a plain schema). */
function listSizeNames(schemaDirectives: readonly ConstDirectiveNode[]): Set<string> {
  const names = new Set<string>();
  for (const directive of schemaDirectives) {
    if (directive.name.value !== 'link') continue;
    const args = Object.fromEntries((directive.arguments ?? []).map((arg) => [arg.name.value, valueFromASTUntyped(arg.value)]));
    const spec = typeof args['url'] === 'string' ? LISTSIZE_SPECS.exec(args['url']) : null;
    if (!spec) continue;
    const imports = Array.isArray(args['import']) ? (args['import'] as unknown[]) : [];
    const imported = imports.find(
      (entry) => entry === '@listSize' || (typeof entry === 'object' && entry !== null && (entry as { name?: unknown }).name === '@listSize'),
    );
    if (imported === '@listSize') names.add('listSize');
    else if (imported && typeof (imported as { as?: unknown }).as === 'string') names.add((imported as { as: string }).as.replace(/^@/, ''));
    else names.add(`${typeof args['as'] === 'string' ? args['as'] : spec[1]}__listSize`);
  }
  if (names.size === 0) names.add('listSize');
  return names;
}

function assumedSize(directives: readonly ConstDirectiveNode[], names: ReadonlySet<string>): number | undefined {
  const directive = directives.find((candidate) => names.has(candidate.name.value));
  const argument = directive?.arguments?.find((arg) => arg.name.value === 'assumedSize');
  if (argument?.value.kind !== Kind.INT) return undefined;
  const size = Number(argument.value.value);
  return size >= 0 ? size : undefined;
}

/** What Apollo Server's `parseOptions` must be for the token limit. */
export function queryLimitsParseOptions(limits: QueryLimits = QUERY_LIMITS): { maxTokens: number } {
  return { maxTokens: limits.maxTokens };
}

// graphql 16 writes "more that"; a fix of the typo must not undo the re-coding.
const TOKEN_LIMIT_MESSAGE = /^Syntax Error: Document contains more tha[nt] (\d+) tokens\. Parsing aborted\.$/;

/**
 * A query-limit refusal as the client sees it: which limit, the measured value
 * and the limit. graphql-js's token limit comes out of Apollo Server as a
 * syntax error (GRAPHQL_PARSE_FAILED); it is re-coded here like the others.
 * Undefined for any other error, which the server's own formatting handles.
 */
export function formatQueryLimitError(formatted: GraphQLFormattedError): GraphQLFormattedError | undefined {
  const extensions = formatted.extensions ?? {};
  const path = formatted.path ? { path: formatted.path } : {};
  if (extensions['code'] === QUERY_TOO_COMPLEX) {
    const { limit, measured, max } = extensions;
    return { message: formatted.message, ...path, extensions: { code: QUERY_TOO_COMPLEX, limit, measured, max } };
  }
  const tokens = extensions['code'] === 'GRAPHQL_PARSE_FAILED' ? TOKEN_LIMIT_MESSAGE.exec(formatted.message) : null;
  if (!tokens) return undefined;
  const max = Number(tokens[1]);
  const refusal = queryTooComplex('tokens', max + 1, max, true);
  return { message: refusal.message, extensions: { code: QUERY_TOO_COMPLEX, limit: 'tokens', measured: max + 1, max } };
}

/** How many parsed documents (and, at the gateway, query plans) are kept for reuse. */
export const PARSED_CACHE_ENTRIES = 512;

/**
 * A document store bounded by entries as well as by approximate size: the
 * default bound is 30 MiB of JSON, and a parsed document's heap (locations,
 * tokens) is several times its JSON, so memory grew with every distinct query.
 */
export function boundedCache<V extends object>(entries: number = PARSED_CACHE_ENTRIES): InMemoryLRUCache<V> {
  return new InMemoryLRUCache<V>({ max: entries });
}

class CostExceeded extends Error {}

interface Measured {
  readonly cost: number;
  readonly depth: number;
}

class Measurer {
  /** Object fields measured so far: each costs at least 1, so past maxCost the query is refused without measuring the rest. */
  visited = 0;
  deepest = 0;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: Record<string, FragmentDefinitionNode>,
    private readonly variables: Record<string, unknown>,
    private readonly limits: QueryLimits,
    private readonly listSizes: ListSizes,
  ) {}

  selection(type: GraphQLObjectType, fields: Map<string, readonly FieldNode[]>, level: number, pageSize?: number): Measured {
    let cost = 0;
    let depth = level - 1;
    for (const nodes of fields.values()) {
      const field = this.field(type, nodes, level, pageSize);
      cost += field.cost;
      depth = Math.max(depth, field.depth);
    }
    return { cost, depth };
  }

  private field(parent: GraphQLObjectType, nodes: readonly FieldNode[], level: number, pageSize: number | undefined): Measured {
    const name = nodes[0].name.value;
    if (name === '__typename') return { cost: 0, depth: level };
    if (name.startsWith('__')) return { cost: 0, depth: 0 };
    const definition = parent.getFields()[name];
    // Unknown fields are refused by validation, which runs first.
    if (!definition) return { cost: 0, depth: level };
    this.deepest = Math.max(this.deepest, level);
    const type = getNamedType(definition.type);
    // A scalar or enum, or a list of them, is a value of its parent's: free.
    if (!isCompositeType(type)) return { cost: 0, depth: level };
    if (++this.visited > this.limits.maxCost) throw new CostExceeded();
    const args = getArgumentValues(definition, nodes[0], this.variables);
    const connectionPage = isConnection(definition) ? pageArgument(args) : undefined;
    const items = isListType(getNullableType(definition.type)) ? this.listSize(parent, definition, args, pageSize) : 1;
    let child: Measured = { cost: 0, depth: level };
    const runtimeTypes = isAbstractType(type) ? this.schema.getPossibleTypes(type) : [type];
    // An item is of one type: the costliest counts, and so do only its fields toward `visited`.
    const visitedBefore = this.visited;
    let visitedAfter = visitedBefore;
    for (const runtimeType of runtimeTypes) {
      const fields = collectSubfields(this.schema, this.fragments, this.variables, runtimeType, nodes);
      if (fields.size === 0) continue;
      this.visited = visitedBefore;
      const measured = this.selection(runtimeType, fields, level + 1, connectionPage);
      visitedAfter = Math.max(visitedAfter, this.visited);
      child = { cost: Math.max(child.cost, measured.cost), depth: Math.max(child.depth, measured.depth) };
    }
    this.visited = visitedAfter;
    return { cost: items * (1 + child.cost), depth: child.depth };
  }

  private listSize(parent: GraphQLObjectType, definition: GraphQLField<unknown, unknown>, args: Record<string, unknown>, pageSize: number | undefined): number {
    if (pageSize !== undefined && (definition.name === 'edges' || definition.name === 'nodes')) return pageSize;
    if (definition.args.some((arg) => arg.name === 'first')) return pageArgument(args);
    // A subgraph's entity fetch from the gateway: its size is the representations it was sent.
    if (definition.name === '_entities' && Array.isArray(args['representations'])) return Math.max(1, args['representations'].length);
    // Declared on the type, or else on an interface it has the field from.
    for (const owner of [parent, ...parent.getInterfaces()]) {
      const size = this.listSizes.get(`${owner.name}.${definition.name}`);
      if (size !== undefined) return size;
    }
    return this.limits.unpagedListSize;
  }
}

/** A field with a `first` argument returning an object with an `edges` list: a Relay connection. */
function isConnection(definition: GraphQLField<unknown, unknown>): boolean {
  const type = getNamedType(definition.type);
  if (!isObjectType(type) || !definition.args.some((arg) => arg.name === 'first')) return false;
  const edges = type.getFields()['edges'];
  return edges !== undefined && isListType(getNullableType(edges.type));
}

/**
 * The rows a page can hold. A page size out of 1…MAX_PAGE_SIZE is refused by
 * the resolver (the list helper, list.ts) with a message saying so, which helps a client
 * more than a cost refusal would: it is counted as the largest page it could be.
 */
function pageArgument(args: Record<string, unknown>): number {
  const first = args['first'];
  if (first == null) return DEFAULT_PAGE_SIZE;
  return typeof first === 'number' && first >= 1 ? Math.min(first, MAX_PAGE_SIZE) : MAX_PAGE_SIZE;
}

/** Aliases and directives in the operation, a fragment counted each time it is spread. */
function countAliasesAndDirectives(
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
): { aliases: number; directives: number } {
  const memo = new Map<string, { aliases: number; directives: number }>();
  const count = (selectionSet: SelectionSetNode | undefined, seen: ReadonlySet<string>): { aliases: number; directives: number } => {
    let aliases = 0;
    let directives = 0;
    for (const selection of selectionSet?.selections ?? []) {
      directives += selection.directives?.length ?? 0;
      let inner: { aliases: number; directives: number } = { aliases: 0, directives: 0 };
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) aliases += 1;
        inner = count(selection.selectionSet, seen);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        inner = count(selection.selectionSet, seen);
      } else {
        const name = selection.name.value;
        const fragment = fragments[name];
        // Cycles and unknown fragments are refused by validation.
        if (fragment && !seen.has(name)) {
          if (!memo.has(name)) {
            const own = count(fragment.selectionSet, new Set([...seen, name]));
            memo.set(name, { aliases: own.aliases, directives: own.directives + (fragment.directives?.length ?? 0) });
          }
          inner = memo.get(name) as { aliases: number; directives: number };
        }
      }
      aliases += inner.aliases;
      directives += inner.directives;
    }
    return { aliases, directives };
  };
  const total = count(operation.selectionSet, new Set());
  return { aliases: total.aliases, directives: total.directives + (operation.directives?.length ?? 0) };
}
