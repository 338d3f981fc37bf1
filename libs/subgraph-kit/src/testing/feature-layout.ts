import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getMetadataArgsStorage } from 'typeorm';
import { FeatureModule } from '../feature-module';
import { SubgraphDefinition } from '../subgraph-definition';

/**
 * What breaks "a feature is its folder plus one line in subgraph.ts"
 * (docs/architecture.md#adding-a-feature), as sentences naming the file to
 * fix: a folder with code but no feature module, a listed feature with no
 * folder, and an SDL file, entity or migration in the tree that the
 * composed subgraph does not serve. Folders of specs only are not features.
 */
export function featureLayoutProblems<L, S>(
  definition: SubgraphDefinition<L, S>,
  features: readonly FeatureModule<object, object>[],
  srcDir: string,
): string[] {
  const problems: string[] = [];
  const listed = new Set(features.map((feature) => feature.name));
  const folders = readdirSync(srcDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'generated')
    .map((entry) => entry.name);
  for (const folder of folders) {
    const code = readdirSync(join(srcDir, folder)).filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'));
    if (code.length === 0) continue;
    if (!existsSync(join(srcDir, folder, `${folder}.feature.ts`))) problems.push(`${folder}/ has code but no ${folder}.feature.ts`);
    if (!listed.has(folder)) problems.push(`${folder}/ is not listed in subgraph.ts`);
  }
  for (const name of listed) if (!folders.includes(name)) problems.push(`feature ${name} has no folder ${name}/`);

  const files = (readdirSync(srcDir, { recursive: true }) as string[]).filter((file) => !file.startsWith('generated'));
  for (const file of files.filter((file) => file.endsWith('.graphql'))) {
    if (!definition.typeDefs.includes(readFileSync(join(srcDir, file), 'utf8'))) problems.push(`${file} is not in its feature's typeDefs`);
  }
  const registered = new Set<unknown>([...(definition.database.entities as unknown[]), ...(definition.database.migrations as unknown[])]);
  const entityClasses = new Set(getMetadataArgsStorage().tables.map((table) => table.target));
  for (const file of files.filter((file) => file.endsWith('.entity.ts'))) {
    for (const [name, value] of Object.entries(require(join(srcDir, file)) as Record<string, unknown>)) {
      if (entityClasses.has(value as never) && !registered.has(value)) problems.push(`entity ${name} (${file}) is not in its feature's entities`);
    }
  }
  for (const file of files.filter((file) => /(^|\/)migrations\/\d{13}-[\w-]+\.ts$/.test(file))) {
    for (const [name, value] of Object.entries(require(join(srcDir, file)) as Record<string, unknown>)) {
      if (typeof value === 'function' && /\d{13}$/.test(name) && !registered.has(value))
        problems.push(`migration ${name} (${file}) is not in its feature's migrations`);
    }
  }
  return problems;
}
