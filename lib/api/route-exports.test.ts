import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROUTE_METHODS } from '@/lib/api/route-methods';

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(path);
    return entry.name === 'route.ts' ? [path] : [];
  });
}

const root = process.cwd();
const files = routeFiles(join(root, 'app')).map((path) => relative(root, path));

/*
 * A method a route file does not export gets Next's own 405 (or 204 for
 * OPTIONS) with an empty body. Every route exports all seven, most through
 * routeMethods(), so a wrong method gets the API's JSON error instead.
 */
describe('every route file answers every method itself', () => {
  it('finds the route files', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s exports GET, HEAD, OPTIONS, POST, PUT, PATCH and DELETE', async (file) => {
    const route = (await import(/* @vite-ignore */ join(root, file))) as Record<string, unknown>;
    const missing = ROUTE_METHODS.filter((method) => typeof route[method] !== 'function');
    expect(missing, `${file} lacks ${missing.join(', ')}: use routeMethods() from lib/api/route-methods.ts`).toEqual([]);
  });

  it.each(files.filter((file) => file.startsWith('app/api/')))('%s is force-dynamic', async (file) => {
    // Without it Next.js wraps every request in a Proxy that watches for dynamic use: a per-request cost for nothing.
    const route = (await import(/* @vite-ignore */ join(root, file))) as Record<string, unknown>;
    expect(route.dynamic).toBe('force-dynamic');
  });
});
