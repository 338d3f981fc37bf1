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
  coerceInputValue,
  isInputType,
  OperationDefinitionNode,
  typeFromAST,
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
      // Where each variable value that did not coerce belongs, found before execution refuses it (see variableFailures).
      let failures: VariableFailure[] = [];
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
          const definitions: DefinitionNode[] = [operation, ...document.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION)];
          if (!variables.coerced) {
            failures = variableFailures(schema, operation, definitions, request.variables ?? {});
            return;
          }
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
        async didEncounterErrors({ errors }) {
          if (failures.length) attachVariablePaths(errors, failures);
        },
      };
    },
  };
}

/**
 * The argument path of a bad custom-scalar literal (Money, DateTime, Date, Period). graphql-js reports the
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

/** A variable value that does not coerce: the start and end of graphql-js's message for it, and the argument path. */
interface VariableFailure {
  readonly prefix: string;
  readonly suffix: string;
  readonly field: string;
}

/**
 * Every variable value that does not coerce (a bad Money, DateTime, Date or Period, a wrong shape), with the path of the argument it
 * was given for: `input.lines.0.listPrice` for `$i` at "i.lines[0].listPrice" when the operation passes `input: $i`,
 * as if the value had been written in the query. A variable passed to several arguments is placed at its first (validation
 * refuses one passed to none; should one slip through, it keeps its own path, `$i.lines.0.listPrice`). graphql-js reports these errors in execution with the path
 * only in the message (`Variable "$i" got invalid value "40.005" at "i.lines[0].listPrice"; …`), built as here.
 */
function variableFailures(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  definitions: readonly DefinitionNode[],
  values: Record<string, unknown>,
): VariableFailure[] {
  const uses = variableUses(definitions);
  const failures: VariableFailure[] = [];
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type);
    if (!type || !isInputType(type) || values[name] === undefined) continue;
    coerceInputValue(values[name], type, (path, _invalid, error) => {
      const at = path.length ? ` at "${name}${path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`)).join('')}"` : '';
      failures.push({
        prefix: `Variable "$${name}" got invalid value `,
        suffix: `${at}; ${error.message}`,
        field: [...(uses.get(name) ?? [`$${name}`]), ...path].join('.'),
      });
    });
  }
  return failures;
}

/** Gives each variable error that does not say where it is the `field` of its failure, each failure used once. */
function attachVariablePaths(errors: readonly GraphQLError[], failures: VariableFailure[]): void {
  const left = [...failures];
  for (const error of errors) {
    if (error.extensions['code'] !== 'BAD_USER_INPUT' || error.extensions['field'] !== undefined) continue;
    const index = left.findIndex((failure) => error.message.startsWith(failure.prefix) && error.message.endsWith(failure.suffix));
    if (index < 0) continue;
    (error.extensions as Record<string, unknown>)['field'] = left[index].field;
    left.splice(index, 1);
  }
}

/** Where each variable is first given as (part of) an argument: its path from the argument, e.g. `input` or `ids.1`. */
function variableUses(definitions: readonly DefinitionNode[]): Map<string, Path> {
  const uses = new Map<string, Path>();
  const walk = (node: ValueNode, path: Path): void => {
    if (node.kind === Kind.VARIABLE) {
      if (!uses.has(node.name.value)) uses.set(node.name.value, path);
    } else if (node.kind === Kind.LIST) {
      node.values.forEach((item, index) => walk(item, [...path, index]));
    } else if (node.kind === Kind.OBJECT) {
      for (const field of node.fields) walk(field.value, [...path, field.name.value]);
    }
  };
  visit({ kind: Kind.DOCUMENT, definitions } as const, {
    Argument(node) {
      walk(node.value, [node.name.value]);
      return false;
    },
  });
  return uses;
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
