import { ApolloServerPlugin } from '@apollo/server';
import {
  ConstDirectiveNode,
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLFormattedError,
  Kind,
  OperationDefinitionNode,
  parse,
  SelectionSetNode,
} from 'graphql';

/** Which subgraphs resolve each field of the supergraph ("Type.field" → subgraph names), and each type's field types. */
export interface FieldOwners {
  readonly resolvers: ReadonlyMap<string, ReadonlySet<string>>;
  readonly fieldTypes: ReadonlyMap<string, string>;
  readonly rootTypes: { readonly query: string; readonly mutation: string };
}

const MAX_PATHS = 100;

const directiveArg = (directive: ConstDirectiveNode, name: string) => directive.arguments?.find((arg) => arg.name.value === name)?.value;

/** Reads the join directives of a supergraph: which subgraph resolves which field. */
export function fieldOwners(supergraphSdl: string): FieldOwners {
  const document = parse(supergraphSdl);
  const graphNames = new Map<string, string>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== 'join__Graph') continue;
    for (const value of definition.values ?? []) {
      const graph = value.directives?.find((directive) => directive.name.value === 'join__graph');
      const name = graph && directiveArg(graph, 'name');
      if (name?.kind === Kind.STRING) graphNames.set(value.name.value, name.value);
    }
  }
  const graphOf = (directive: ConstDirectiveNode) => {
    const value = directiveArg(directive, 'graph');
    return value?.kind === Kind.ENUM ? graphNames.get(value.value) : undefined;
  };
  const resolvers = new Map<string, Set<string>>();
  const fieldTypes = new Map<string, string>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    const typeGraphs = (definition.directives ?? [])
      .filter((directive) => directive.name.value === 'join__type')
      .flatMap((directive) => graphOf(directive) ?? []);
    for (const field of definition.fields ?? []) {
      const joins = (field.directives ?? []).filter(
        (directive) => directive.name.value === 'join__field' && directiveArg(directive, 'external')?.kind !== Kind.BOOLEAN,
      );
      const graphs = joins.length ? joins.flatMap((directive) => graphOf(directive) ?? []) : typeGraphs;
      const key = `${definition.name.value}.${field.name.value}`;
      resolvers.set(key, new Set(graphs));
      let type = field.type;
      while (type.kind !== Kind.NAMED_TYPE) type = type.type;
      fieldTypes.set(key, type.name.value);
    }
  }
  return { resolvers, fieldTypes, rootTypes: { query: 'Query', mutation: 'Mutation' } };
}

type Path = ReadonlyArray<string | number>;

/**
 * Where a subgraph's failure left nulls in an answer: the fields only that
 * subgraph resolves, found null, or whose null took its parent with it (a
 * non-null field of a nullable object). The gateway reports a failed fetch
 * without a path; a client needs the path to show the rest of the screen
 * and mark what is missing (docs/architecture.md#errors).
 */
export function failurePaths(owners: FieldOwners, document: DocumentNode, operationName: string | null | undefined, data: unknown, service: string): Path[] {
  const operations = document.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((candidate) => candidate.name?.value === operationName) : operations[0];
  if (!operation || typeof data !== 'object' || data === null) return [];
  const fragments = new Map(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const found: Path[] = [];
  const onlyBy = (type: string, field: string) => {
    const graphs = owners.resolvers.get(`${type}.${field}`);
    return graphs !== undefined && graphs.size === 1 && graphs.has(service);
  };
  const fieldsOf = (selectionSet: SelectionSetNode, type: string): FieldNode[] =>
    selectionSet.selections.flatMap((selection) => {
      if (selection.kind === Kind.FIELD) return [selection];
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        return !selection.typeCondition || selection.typeCondition.name.value === type ? fieldsOf(selection.selectionSet, type) : [];
      }
      const fragment = fragments.get(selection.name.value);
      return fragment && fragment.typeCondition.name.value === type ? fieldsOf(fragment.selectionSet, type) : [];
    });

  const visit = (value: unknown, type: string, selectionSet: SelectionSetNode, path: Path): void => {
    if (found.length >= MAX_PATHS) return;
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, type, selectionSet, [...path, index]));
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const record = value as Record<string, unknown>;
    const concrete = typeof record['__typename'] === 'string' ? (record['__typename'] as string) : type;
    for (const field of fieldsOf(selectionSet, concrete)) {
      const key = field.alias?.value ?? field.name.value;
      const fieldType = owners.fieldTypes.get(`${concrete}.${field.name.value}`);
      const child = record[key];
      if (child === null || child === undefined) {
        if (onlyBy(concrete, field.name.value)) found.push([...path, key]);
        else if (field.selectionSet && fieldType) {
          // The null came up from a field beneath it: name that field.
          const cause = fieldsOf(field.selectionSet, fieldType).find((inner) => onlyBy(fieldType, inner.name.value));
          if (cause) found.push([...path, key, cause.alias?.value ?? cause.name.value]);
        }
      } else if (field.selectionSet && fieldType) {
        visit(child, fieldType, field.selectionSet, [...path, key]);
      }
    }
  };
  const root = operation.operation === 'mutation' ? owners.rootTypes.mutation : owners.rootTypes.query;
  visit(data, root, operation.selectionSet, []);
  return found.slice(0, MAX_PATHS);
}

/** Gives each path-less SERVICE_UNAVAILABLE error the paths its failure left null: one error per path. */
export function withFailurePaths(
  owners: FieldOwners,
  document: DocumentNode,
  operationName: string | null | undefined,
  data: unknown,
  errors: readonly GraphQLFormattedError[],
): GraphQLFormattedError[] {
  return errors.flatMap((error) => {
    const service = error.extensions?.['serviceName'];
    if (error.path || error.extensions?.['code'] !== 'SERVICE_UNAVAILABLE' || typeof service !== 'string') return [error];
    const paths = failurePaths(owners, document, operationName, data, service);
    return paths.length ? paths.map((path) => ({ ...error, path })) : [error];
  });
}

/** The gateway's plugin: reads the supergraph whenever it loads, and fills in the paths before the answer goes out. */
export function failurePathsPlugin(): ApolloServerPlugin {
  let owners: FieldOwners | undefined;
  return {
    async serverWillStart() {
      return {
        schemaDidLoadOrUpdate({ coreSupergraphSdl }) {
          if (coreSupergraphSdl) owners = fieldOwners(coreSupergraphSdl);
        },
      };
    },
    async requestDidStart() {
      return {
        async willSendResponse({ response, document, operationName }) {
          if (!owners || !document || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (!result.errors?.length) return;
          result.errors = withFailurePaths(owners, document, operationName, result.data, result.errors);
        },
      };
    },
  };
}
