import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, GraphQLScalarType, isScalarType, isSpecifiedScalarType } from 'graphql';
import { SCALAR_TYPES, SCALARS } from './scalars';

const root = join(__dirname, '../../..');

describe('SCALARS', () => {
  const schema = buildSchema(readFileSync(join(root, 'schema.graphql'), 'utf8'));
  const custom = Object.values(schema.getTypeMap()).filter(
    (type): type is GraphQLScalarType => isScalarType(type) && !isSpecifiedScalarType(type) && !type.name.startsWith('_'),
  );

  it('names every custom scalar of the schema, with the URL its @specifiedBy gives', () => {
    expect(custom.map((type) => type.name).sort()).toEqual(Object.keys(SCALARS).sort());
    for (const type of custom) expect([type.name, type.specifiedByURL]).toEqual([type.name, SCALARS[type.name as keyof typeof SCALARS].specifiedBy]);
  });

  it('types each as the generated client types do, and as codegen.ts maps them', () => {
    const generated = readFileSync(join(__dirname, 'generated/graphql.ts'), 'utf8');
    const codegen = readFileSync(join(root, 'codegen.ts'), 'utf8');
    for (const [name, type] of Object.entries(SCALAR_TYPES)) {
      expect(generated).toContain(`  ${name}: { input: ${type}; output: ${type}; }`);
      expect(codegen).toContain(`${name}: '${type}'`);
    }
  });
});
