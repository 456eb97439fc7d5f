import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/*
 * Benchmark child processes run as plain JavaScript: the TypeScript loader
 * keeps the compiler in memory (about 100 MB), which would hide the memory the
 * store itself uses. This turns a script and the repo files it imports into
 * .mjs files under .bench/build, with the same layout.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUT = join(ROOT, '.bench/build');
const compiled = new Map<string, string>();

function isFile(path: string) {
  return existsSync(path) && statSync(path).isFile();
}

/** The repo's .ts file an import means, or null for packages and Node's own modules. */
function localSource(specifier: string, importer: string): string | null {
  let base: string;
  if (specifier.startsWith('@/')) base = join(ROOT, specifier.slice(2));
  else if (specifier.startsWith('.')) base = join(dirname(importer), specifier);
  else return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (candidate.endsWith('.ts') && isFile(candidate)) return candidate;
  }
  return null;
}

/** Compiles `source` (an absolute .ts path) and everything local it imports; returns the .mjs path. */
export function compileForNode(source: string): string {
  const known = compiled.get(source);
  if (known) return known;
  const out = join(OUT, relative(ROOT, source)).replace(/\.tsx?$/, '.mjs');
  compiled.set(source, out);
  const { outputText } = ts.transpileModule(readFileSync(source, 'utf8'), {
    fileName: source,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  const code = outputText.replace(
    /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])([^'"]+)\2/g,
    (whole, before: string, quote: string, specifier: string) => {
      const local = localSource(specifier, source);
      if (!local) return whole;
      const path = relative(dirname(out), compileForNode(local));
      return `${before}${quote}${path.startsWith('.') ? path : `./${path}`}${quote}`;
    },
  );
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, code);
  return out;
}
