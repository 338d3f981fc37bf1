import nx from '@nx/eslint-plugin';

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  { ignores: ['**/dist', '**/node_modules', '**/.data', '**/*.generated.ts', '**/generated/**', '**/*.cjs'] },
  {
    files: ['**/*.ts'],
    rules: {
      // The architecture as a checked fact: apps and tools import libs only, libs import libs,
      // and the pure domain library imports nothing of ours.
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'type:tool', onlyDependOnLibsWithTags: ['type:lib', 'type:tool'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:lib', 'type:tool'] },
            { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib'] },
            // Pure rules depend on nothing; shared libraries on each other and the rules; a subgraph on both, never on
            // the client package (it has its own resolver types); the gateway knows no domain rule; the client
            // package is generated from the schema and depends on nothing.
            { sourceTag: 'scope:domain', onlyDependOnLibsWithTags: ['scope:none'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared', 'scope:domain'] },
            { sourceTag: 'scope:customer-relationship', onlyDependOnLibsWithTags: ['scope:shared', 'scope:domain'] },
            { sourceTag: 'scope:rep-performance', onlyDependOnLibsWithTags: ['scope:shared', 'scope:domain'] },
            { sourceTag: 'scope:reporting', onlyDependOnLibsWithTags: ['scope:shared', 'scope:domain'] },
            { sourceTag: 'scope:gateway', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:client', onlyDependOnLibsWithTags: ['scope:none'] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // One way to the database (docs/architecture.md#data-access): repositories, entities, read-model projections and
    // migrations use TypeORM; services, resolvers and everything else in a subgraph go through a repository.
    files: ['apps/*/src/**/*.ts'],
    ignores: ['**/*.repository.ts', '**/*.entity.ts', '**/*.projection.ts', '**/migrations/**', '**/*.spec.ts', '**/testing/**', '**/*.testing.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'typeorm',
              message: 'Only repositories, entities, projections and migrations use TypeORM: go through a repository (docs/architecture.md#data-access).',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.property.name=/^(getRepository|createQueryBuilder|query)$/]',
          message: 'Queries belong in a repository (docs/architecture.md#data-access).',
        },
      ],
    },
  },
];
