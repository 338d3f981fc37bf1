import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '../../..');

/**
 * Lints a would-be file in place with the real ESLint CLI (its ESM config
 * cannot load inside Jest's module sandbox), so the real config and project
 * graph judge it.
 */
async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const run = spawnSync(join(root, 'node_modules/.bin/eslint'), ['--stdin', '--stdin-filename', join(root, file), '--format', 'json'], {
    cwd: root,
    input: code,
    encoding: 'utf8',
  });
  const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string; message: string }> }>;
  return result.messages.filter((message) => message.ruleId === '@nx/enforce-module-boundaries').map((message) => message.message);
}

describe('module boundaries', () => {
  it('lets an app import libraries', async () => {
    expect(await boundaryErrors('apps/reporting/src/probe.ts', `import { parsePeriod } from '@salesgraph/domain';\nexport const p = parsePeriod;\n`)).toEqual(
      [],
    );
  });

  it('forbids an app importing another app', async () => {
    const errors = await boundaryErrors(
      'apps/reporting/src/probe.ts',
      `import { customerRelationshipSubgraph } from '../../customer-relationship/src/subgraph';\nexport const s = customerRelationshipSubgraph;\n`,
    );
    expect(errors.length).toBeGreaterThan(0);
  });

  it('forbids the domain library importing anything of ours', async () => {
    const errors = await boundaryErrors('libs/domain/src/probe.ts', `import { rowScope } from '@salesgraph/auth';\nexport const r = rowScope;\n`);
    expect(errors.join('\n')).toMatch(/can only depend on libs tagged with/);
  });

  it('forbids a library importing a tool', async () => {
    const errors = await boundaryErrors('libs/events/src/probe.ts', `import { demoData } from '@salesgraph/seed';\nexport const d = demoData;\n`);
    expect(errors.join('\n')).toMatch(/can only depend on libs tagged with/);
  });

  it('forbids a subgraph or the gateway importing the client package, and lets the end-to-end suite and tools use it', async () => {
    const probe = `import { createClient } from '@salesgraph/graphql-types';\nexport const c = createClient;\n`;
    for (const app of ['customer-relationship', 'gateway']) {
      expect((await boundaryErrors(`apps/${app}/src/probe.ts`, probe)).join('\n')).toMatch(/can only depend on libs tagged with/);
    }
    expect(await boundaryErrors('apps/e2e/src/probe.ts', probe)).toEqual([]);
    expect(await boundaryErrors('tools/seed/src/probe.ts', probe)).toEqual([]);
  });
});
