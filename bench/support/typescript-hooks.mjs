// Module hooks that strip TypeScript types on load (TypeScript's own
// transpileModule: no type checking here, `npm run typecheck` does that) and
// resolve the repo's `@/` alias and extensionless relative imports.
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const ROOT = new URL('../../', import.meta.url);
const EXTENSIONS = ['.ts', '.tsx', '/index.ts'];

function isFile(path) {
  return existsSync(path) && statSync(path).isFile();
}

/** The .ts file an extensionless import means, or null to let Node decide. */
function findTypeScript(url) {
  const path = fileURLToPath(url);
  if (isFile(path)) return path.endsWith('.ts') || path.endsWith('.tsx') ? url : null;
  for (const extension of EXTENSIONS) {
    if (isFile(path + extension)) return pathToFileURL(path + extension);
  }
  return null;
}

export async function resolve(specifier, context, nextResolve) {
  let candidate = null;
  if (specifier.startsWith('@/')) candidate = new URL(specifier.slice(2), ROOT);
  else if ((specifier.startsWith('./') || specifier.startsWith('../')) && context.parentURL?.startsWith('file:')) {
    candidate = new URL(specifier, context.parentURL);
  }
  const found = candidate && findTypeScript(candidate);
  if (found) return { url: found.href, shortCircuit: true, format: 'module' };
  return nextResolve(specifier, context);
}

export async function load(url, context, nextLoad) {
  if (!url.startsWith('file:') || !/\.tsx?$/.test(url)) return nextLoad(url, context);
  const source = await readFile(fileURLToPath(url), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    fileName: fileURLToPath(url),
    compilerOptions: {
      module: ts.ModuleKind.ESNext,
      target: ts.ScriptTarget.ES2022,
      jsx: ts.JsxEmit.ReactJSX,
      sourceMap: false,
      inlineSourceMap: true,
    },
  });
  return { format: 'module', source: outputText, shortCircuit: true };
}
