import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';
import { chromiumExecutable } from '../e2e/support/chromium';
import { serverEnv, startServer } from '../e2e/support/server';
import { BENCH_PORTS } from './support/ports';
import { atMost, type Section, type Verdict } from './support/report';
import { median } from './support/stats';

/**
 * THE list of pages weighed (add a row per page worth watching). Any other
 * page without a dynamic segment that the build has is weighed as well.
 */
export const PAGES: { path: string; what: string }[] = [
  { path: '/', what: 'dashboard (three live panels)' },
  { path: '/login', what: 'login form' },
];

const ROUNDS = Number(process.env.BENCH_PAGE_ROUNDS ?? 3);
const TARGET = 1.25;
const NEXT_BIN = 'node_modules/next/dist/bin/next';
const BARE_APP = 'bench/bare-app';

interface Weight {
  status: number;
  /** Compressed bytes of every script the page loaded, as received. */
  scriptBytes: number;
  scripts: number;
  encodings: string[];
  /** The HTML document, compressed (it carries the inline RSC payload). */
  htmlBytes: number;
}

/** Loads a page in a fresh browser context (empty cache) and adds up what came over the wire. */
async function weigh(browser: Browser, url: string): Promise<Weight> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const pending: Promise<{ type: string; bytes: number; encoding: string }>[] = [];
  page.on('requestfinished', (request) => {
    pending.push(
      (async () => {
        const [sizes, response] = await Promise.all([request.sizes(), request.response()]);
        return { type: request.resourceType(), bytes: sizes.responseBodySize, encoding: response?.headers()['content-encoding'] ?? 'none' };
      })(),
    );
  });
  const response = await page.goto(url, { waitUntil: 'networkidle' });
  const done = await Promise.all(pending);
  await context.close();
  const scripts = done.filter((r) => r.type === 'script');
  return {
    status: response?.status() ?? 0,
    scriptBytes: scripts.reduce((sum, r) => sum + r.bytes, 0),
    scripts: scripts.length,
    encodings: [...new Set(scripts.map((r) => r.encoding))],
    htmlBytes: done.filter((r) => r.type === 'document').reduce((sum, r) => sum + r.bytes, 0),
  };
}

function run(args: string[]) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [NEXT_BIN, ...args], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    });
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`next ${args.join(' ')} exited with ${code}`))));
  });
}

/** The bare reference app, built now with the installed Next.js and served like the app. */
export async function startBareApp() {
  console.log('  building the bare reference app ...');
  await run(['build', BARE_APP]);
  // Turbopack bundles the repo's instrumentation.ts into this app too (server code only: no browser
  // JavaScript, checked in .next/static), so it starts with a session secret like the app.
  const child = spawn(process.execPath, [NEXT_BIN, 'start', BARE_APP, '-p', String(BENCH_PORTS.bareApp), '-H', '127.0.0.1'], {
    stdio: 'ignore',
    env: { ...process.env, NODE_ENV: 'production', ...serverEnv('.bench/bare-app') },
  });
  const url = `http://127.0.0.1:${BENCH_PORTS.bareApp}`;
  for (let tries = 0; ; tries++) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      if (tries > 150) throw new Error('The bare app did not start.');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  return { url, stop: () => new Promise<void>((resolve) => (child.kill('SIGTERM'), child.once('exit', () => resolve()))) };
}

/** The table's pages, then every other static page of the build. */
export function pagesToWeigh(notes: string[]) {
  const manifest = JSON.parse(readFileSync('.next/app-path-routes-manifest.json', 'utf8')) as Record<string, string>;
  // Pages only: route handlers (the API, the app icon) ship no JavaScript to weigh.
  const built = Object.entries(manifest)
    .filter(([file]) => file.endsWith('/page'))
    .map(([, route]) => route);
  const pages = built.filter((route) => !route.startsWith('/_'));
  for (const route of pages.filter((r) => r.includes('[')))
    notes.push(`${route} not weighed: it has a dynamic segment (add a concrete path to PAGES).`);
  const listed = PAGES.filter((row) => pages.includes(row.path));
  for (const row of PAGES.filter((r) => !pages.includes(r.path)))
    notes.push(`${row.path} (${row.what}) not weighed: the build has no such page yet.`);
  const extra = pages
    .filter((route) => !route.includes('[') && !PAGES.some((row) => row.path === route))
    .map((path) => ({ path, what: 'found in the build' }));
  return [...listed, ...extra];
}

export async function pageWeight(): Promise<Section> {
  const notes: string[] = [];
  const pages = pagesToWeigh(notes);
  const bare = await startBareApp();
  const app = await startServer({ port: BENCH_PORTS.app, dataDir: '.bench/page-weight', fresh: true });
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const floor: Weight[] = [];
    const byPage = new Map<string, Weight[]>(pages.map((p) => [p.path, []]));
    for (let round = 0; round < ROUNDS; round++) {
      for (const { path } of pages) {
        floor.push(await weigh(browser, `${bare.url}/`));
        const weight = await weigh(browser, `${app.url}${path}`);
        if (weight.status !== 200) notes.push(`${path} answered ${weight.status} to an anonymous visitor in round ${round + 1}.`);
        byPage.get(path)!.push(weight);
      }
    }
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    const m = (weights: Weight[], pick: (w: Weight) => number) => median(weights.map(pick));
    const row = (label: string, weights: Weight[]) => [
      label,
      kb(m(weights, (w) => w.scriptBytes)),
      String(m(weights, (w) => w.scripts)),
      [...new Set(weights.flatMap((w) => w.encodings))].join(', '),
      kb(m(weights, (w) => w.htmlBytes)),
    ];
    const floorBytes = m(floor, (w) => w.scriptBytes);
    const verdicts: Verdict[] = pages.map(({ path, what }) => {
      const bytes = m(byPage.get(path)!, (w) => w.scriptBytes);
      return {
        benchmark: `first-load JavaScript of ${path} (${what})`,
        figure: kb(bytes),
        floor: `${kb(floorBytes)} (bare page)`,
        ...atMost(bytes / floorBytes, TARGET),
      };
    });
    return {
      title: 'Page weight',
      method:
        'Each page loaded in Chromium in a fresh context (empty cache) until the network is idle; the figure is the sum of the ' +
        'compressed bodies of every script response (Playwright `request.sizes().responseBodySize`, the bytes received). The floor ' +
        'is a bare App Router app (`bench/bare-app`: a root layout and a page, no client components) built at bench time with the ' +
        `same Next.js and React and served by \`next start\` like the app; bare and app pages alternate, ${ROUNDS} rounds, medians.`,
      tables: [
        [
          ['page', 'JavaScript (compressed)', 'scripts', 'encoding', 'HTML document (compressed)'],
          row('bare App Router page (floor)', floor),
          ...pages.map(({ path }) => row(path, byPage.get(path)!)),
        ],
      ],
      verdicts,
      notes,
    };
  } finally {
    await browser.close();
    await app.stop();
    await bare.stop();
  }
}
