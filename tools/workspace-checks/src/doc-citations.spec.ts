import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../../..');

/** Tracked source, SDL and config files of the apps, libraries and tools (generated files follow their SDL). */
function sources(): string[] {
  const files = execFileSync('git', ['ls-files', '--', 'apps', 'libs', 'tools', '*.md'], { cwd: root, encoding: 'utf8' }).split('\n');
  return files.filter((file) => /\.(ts|graphql|cjs|mjs|md)$/.test(file) && !file.includes('/generated/') && !file.endsWith('.generated.ts'));
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function anchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} -]/gu, '')
    .replace(/ /g, '-');
}

function anchorsOf(doc: string): Set<string> {
  const text = readFileSync(join(root, doc), 'utf8');
  return new Set([...text.matchAll(/^#{1,6} (.+)$/gm)].map(([, heading]) => anchor(heading)));
}

describe('what the code cites', () => {
  it('is the repository’s own docs, never a document outside it', () => {
    const outside = sources().flatMap((file) =>
      readFileSync(join(root, file), 'utf8')
        .split('\n')
        .flatMap((line, index) => (/(DOMAIN|ARCHITECTURE|STYLE)\.md|\.\.\/shared\//.test(line) ? [`${file}:${index + 1}`] : [])),
    );
    expect(outside).toEqual([]);
  });

  it('names sections of docs/ that exist', () => {
    const anchors = new Map<string, Set<string>>();
    const broken: string[] = [];
    for (const file of sources()) {
      for (const [, doc, section] of readFileSync(join(root, file), 'utf8').matchAll(/(docs\/[a-z-]+\.md)#([a-z0-9-]+)/g)) {
        if (!anchors.has(doc)) anchors.set(doc, anchorsOf(doc));
        if (!anchors.get(doc)?.has(section)) broken.push(`${file}: ${doc}#${section}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
