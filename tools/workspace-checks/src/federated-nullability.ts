import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildASTSchema,
  ConstDirectiveNode,
  getNamedType,
  GraphQLField,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  parse,
} from 'graphql';

const root = join(__dirname, '../../..');

const argument = (directive: ConstDirectiveNode, name: string) => directive.arguments?.find((arg) => arg.name.value === name)?.value;
const enumArgument = (directive: ConstDirectiveNode, name: string) => {
  const value = argument(directive, name);
  return value?.kind === Kind.ENUM ? value.value : undefined;
};
const directives = (node: { directives?: readonly ConstDirectiveNode[] } | null | undefined, name: string) =>
  (node?.directives ?? []).filter((directive) => directive.name.value === name);

/** The subgraphs that define a type, and whether each can resolve it by its key. */
function typeGraphs(type: GraphQLObjectType): Array<{ graph: string; resolvable: boolean; keyed: boolean }> {
  return directives(type.astNode, 'join__type').map((directive) => ({
    graph: enumArgument(directive, 'graph') as string,
    keyed: argument(directive, 'key') !== undefined,
    resolvable: argument(directive, 'resolvable')?.kind !== Kind.BOOLEAN || (argument(directive, 'resolvable') as { value: boolean }).value,
  }));
}

/** The subgraphs that resolve a field: those named by its join__field, else every subgraph defining its type. */
function fieldGraphs(type: GraphQLObjectType, field: GraphQLField<unknown, unknown>): string[] {
  const named = directives(field.astNode, 'join__field')
    .filter((directive) => !argument(directive, 'external'))
    .map((directive) => enumArgument(directive, 'graph') as string);
  return named.length ? named : typeGraphs(type).map(({ graph }) => graph);
}

/** An entity's owner: of the subgraphs that resolve it by key, the one that resolves most of its fields. */
function owner(type: GraphQLObjectType): string | undefined {
  const resolvers = typeGraphs(type).filter(({ keyed, resolvable }) => keyed && resolvable);
  if (resolvers.length === 0) return undefined;
  const fields = Object.values(type.getFields());
  const count = (graph: string) => fields.filter((field) => fieldGraphs(type, field).includes(graph)).length;
  return resolvers.map(({ graph }) => graph).sort((a, b) => count(b) - count(a))[0];
}

/** Whether any level of a type (the field itself, a list's items) is non-null. */
function hasNonNull(type: GraphQLType): boolean {
  if (isNonNullType(type)) return true;
  if (isListType(type)) return hasNonNull(type.ofType);
  return false;
}

/**
 * Fields that would blank more than themselves when another subgraph fails
 * (docs/architecture.md#errors): a field a subgraph adds to another's entity,
 * and a field returning an entity another subgraph owns (its data comes from
 * a second fetch), must be nullable at every level, so the failure is that
 * field null with its error at its path and the rest of the row still renders.
 */
export function nonNullAcrossSubgraphs(schema: GraphQLSchema): string[] {
  const found: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || type.name.startsWith('join__') || type.name.startsWith('link__')) continue;
    const typeOwner = owner(type);
    for (const field of Object.values(type.getFields())) {
      const graphs = fieldGraphs(type, field);
      if (typeOwner && !graphs.includes(typeOwner) && hasNonNull(field.type)) {
        found.push(`${type.name}.${field.name}: added by ${graphs.join(', ')} to an entity ${typeOwner} owns, yet not nullable`);
        continue;
      }
      const target = getNamedType(field.type);
      if (!isObjectType(target)) continue;
      const targetOwner = owner(target);
      if (targetOwner && !graphs.includes(targetOwner) && hasNonNull(field.type)) {
        found.push(`${type.name}.${field.name}: returns ${target.name}, which ${targetOwner} owns, yet not nullable`);
      }
    }
  }
  return found;
}

export function supergraphSchema(): GraphQLSchema {
  return buildASTSchema(parse(readFileSync(join(root, 'supergraph.graphql'), 'utf8')), { assumeValid: true, assumeValidSDL: true });
}
