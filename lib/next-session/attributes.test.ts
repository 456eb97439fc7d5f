import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SESSION_ATTRIBUTES, type AttributeName } from './attributes';

const ROOT = join(__dirname, '..', '..');

function sources(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

/** The engine (generic over names), the list itself, and the other stacks' code the pages quote are not writers. */
const NOT_WRITERS = ['lib/session/', 'lib/next-session/attributes.ts', 'components/stack-equivalents/'];
const files = [...sources('lib'), ...sources('app'), ...sources('components')].filter(
  (file) => !NOT_WRITERS.some((path) => file.startsWith(path)),
);

describe('the session attribute list', () => {
  it('names each attribute in its owner module only', () => {
    const misplaced: string[] = [];
    for (const file of files) {
      for (const [, name] of readFileSync(join(ROOT, file), 'utf8').matchAll(/\battribute\('(\w+)'\)/g)) {
        const owner = SESSION_ATTRIBUTES[name as AttributeName]?.owner;
        if (!owner || !owner.split(' ').some((path) => file === path || (path.endsWith('/') && file.startsWith(path)))) {
          misplaced.push(`${file}: ${name}`);
        }
      }
    }
    expect(misplaced).toEqual([]);
  });

  it('is the only way a name is written: no attribute is set, updated or removed by a bare string', () => {
    const bare = files.filter((file) => /(set|update|remove)Attribute(<[^>]*>)?\(\s*['"`]/.test(readFileSync(join(ROOT, file), 'utf8')));
    expect(bare).toEqual([]);
  });
});
