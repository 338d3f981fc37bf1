import type { ApolloServerPlugin } from '@apollo/server';
import {
  DefinitionNode,
  GraphQLError,
  GraphQLID,
  GraphQLInputType,
  GraphQLSchema,
  GraphQLString,
  getNamedType,
  getNullableType,
  getVariableValues,
  isInputObjectType,
  isListType,
  isScalarType,
  isSpecifiedScalarType,
  Kind,
  TypeInfo,
  ValueNode,
  visit,
  visitWithTypeInfo,
} from 'graphql';

/**
 * How long a text argument may be. Services set their own, tighter bounds on
 * what they store (the longest, a success story, is 20,000 characters); this
 * one catches what no service checks. Search text goes into LIKE patterns,
 * which cost more the longer they are and which SQLite refuses past 50,000 bytes.
 */
export const TEXT_LIMITS = { maxLength: 50_000, maxSearchLength: 200 } as const;
export type TextLimits = { readonly maxLength: number; readonly maxSearchLength: number };

/** `search`, `nameContains`, …: the arguments that become LIKE patterns. */
const SEARCH_ARGUMENT = /^search$|Contains$/;

type Path = ReadonlyArray<string | number>;

/** A leaf of an argument value: a literal in the document or a value from the variables. */
interface Leaf {
  readonly path: Path;
  readonly type: GraphQLInputType;
  readonly literal?: ValueNode;
  readonly value?: unknown;
}

/**
 * Refuses over-long text arguments and tells where a malformed custom scalar
 * literal is, both as BAD_USER_INPUT with the argument path in `field` (e.g.
 * `filter.nameContains`, `input.total`), the way resolvers report bad input.
 */
export function inputBoundsPlugin(limits: TextLimits = TEXT_LIMITS): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async validationDidStart({ schema, document }) {
          return async (errors) => {
            const graphqlErrors = (errors ?? []).filter((error): error is GraphQLError => error instanceof GraphQLError);
            if (graphqlErrors.length) attachScalarPaths(schema, document.definitions, graphqlErrors);
          };
        },
        async didResolveOperation({ schema, document, operation, request }) {
          // Coerced, so defaults count; variables that do not coerce are refused by execution.
          if (!operation) return;
          const variables = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
          if (!variables.coerced) return;
          const definitions: DefinitionNode[] = [operation, ...document.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION)];
          forEachLeaf(schema, definitions, variables.coerced, (leaf) => {
            const named = getNamedType(leaf.type);
            if (named !== GraphQLString && named !== GraphQLID) return;
            const text = leaf.literal ? (leaf.literal.kind === Kind.STRING ? leaf.literal.value : undefined) : leaf.value;
            if (typeof text !== 'string') return;
            const name = [...leaf.path].reverse().find((segment): segment is string => typeof segment === 'string') ?? '';
            const max = SEARCH_ARGUMENT.test(name) ? limits.maxSearchLength : limits.maxLength;
            if (text.length > max) throw tooLong(leaf.path, name, max);
          });
        },
      };
    },
  };
}

/**
 * The argument path of a bad Money or DateTime literal. graphql-js reports the
 * scalar's own error for it, which knows the value but not where it was; the
 * same literal parsed again here fails with the same message, and so is found.
 * The error is about to be wrapped as a validation error that keeps its
 * extensions; the kit's formatError then restores BAD_USER_INPUT.
 */
function attachScalarPaths(schema: GraphQLSchema, definitions: readonly DefinitionNode[], errors: readonly GraphQLError[]): void {
  const failures: Array<{ path: Path; message: string }> = [];
  forEachLeaf(schema, definitions, undefined, ({ path, type, literal }) => {
    const named = getNamedType(type);
    if (!literal || !isScalarType(named) || isSpecifiedScalarType(named)) return;
    try {
      named.parseLiteral(literal, undefined);
    } catch (error) {
      if (error instanceof GraphQLError) failures.push({ path, message: error.message });
    }
  });
  for (const error of errors) {
    if (error.extensions['code'] !== 'BAD_USER_INPUT' || error.extensions['field'] !== undefined) continue;
    const index = failures.findIndex((failure) => failure.message === error.message);
    if (index < 0) continue;
    (error.extensions as Record<string, unknown>)['field'] = failures[index].path.join('.');
    failures.splice(index, 1);
  }
}

function tooLong(path: Path, name: string, max: number): GraphQLError {
  return new GraphQLError(`${name} must be at most ${max.toLocaleString('en')} characters`, {
    extensions: { code: 'BAD_USER_INPUT', field: path.join('.'), http: { status: 400 } },
  });
}

/**
 * Every leaf of every field and directive argument in `definitions`, with its
 * input type and its path from the argument. Variables are followed into
 * `variables` when given.
 */
function forEachLeaf(
  schema: GraphQLSchema,
  definitions: readonly DefinitionNode[],
  variables: Record<string, unknown> | undefined,
  onLeaf: (leaf: Leaf) => void,
): void {
  const typeInfo = new TypeInfo(schema);
  const document = { kind: Kind.DOCUMENT, definitions } as const;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const argument = typeInfo.getArgument();
        if (argument) walkLiteral(node.value, argument.type, [argument.name], variables, onLeaf);
        return false;
      },
    }),
  );
}

function walkLiteral(node: ValueNode, type: GraphQLInputType, path: Path, variables: Record<string, unknown> | undefined, onLeaf: (leaf: Leaf) => void): void {
  const nullable = getNullableType(type);
  if (node.kind === Kind.VARIABLE) {
    if (variables) walkValue(variables[node.name.value], type, path, onLeaf);
    return;
  }
  if (node.kind === Kind.LIST) {
    if (!isListType(nullable)) return;
    node.values.forEach((item, index) => walkLiteral(item, nullable.ofType, [...path, index], variables, onLeaf));
    return;
  }
  if (node.kind === Kind.OBJECT) {
    if (!isInputObjectType(nullable)) return;
    const fields = nullable.getFields();
    for (const field of node.fields) {
      const definition = fields[field.name.value];
      if (definition) walkLiteral(field.value, definition.type, [...path, field.name.value], variables, onLeaf);
    }
    return;
  }
  if (node.kind === Kind.NULL) return;
  // A single value where a list is expected counts as a list of one.
  onLeaf({ path, type: isListType(nullable) ? nullable.ofType : type, literal: node });
}

function walkValue(value: unknown, type: GraphQLInputType, path: Path, onLeaf: (leaf: Leaf) => void): void {
  if (value === null || value === undefined) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (Array.isArray(value)) value.forEach((item, index) => walkValue(item, nullable.ofType, [...path, index], onLeaf));
    else walkValue(value, nullable.ofType, path, onLeaf);
    return;
  }
  if (isInputObjectType(nullable)) {
    if (typeof value !== 'object' || Array.isArray(value)) return;
    const fields = nullable.getFields();
    for (const [name, item] of Object.entries(value)) {
      const definition = fields[name];
      if (definition) walkValue(item, definition.type, [...path, name], onLeaf);
    }
    return;
  }
  onLeaf({ path, type, value });
}
