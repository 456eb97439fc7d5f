import { launch } from 'chrome-launcher';
import { chromiumExecutable } from '../e2e/support/chromium';
import { startServer } from '../e2e/support/server';
import { pagesToWeigh, startBareApp } from './page-weight';
import { BENCH_PORTS } from './support/ports';
import { atLeast, type Section, type Verdict } from './support/report';
import { median } from './support/stats';

/**
 * Lighthouse's performance score on its default (mobile) preset: a mid-range
 * phone's CPU (4× slower) on a slow 4G network, simulated. Every page of the
 * build and the bare App Router page as the floor, alternating.
 */
const ROUNDS = Number(process.env.BENCH_LIGHTHOUSE_ROUNDS ?? 3);
const TARGET = 0.95;

interface Score {
  score: number;
  tbt: number;
  lcp: number;
  fcp: number;
  /** Main-thread time spent evaluating scripts in the observed (unthrottled) load, ms. */
  scripting: number;
  /** Lighthouse's measure of this machine's speed during the audit (higher is faster; it falls when the machine is busy). */
  benchmarkIndex: number;
}

type Lighthouse = (typeof import('lighthouse'))['default'];

async function audit(lighthouse: Lighthouse, port: number, url: string): Promise<Score> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  const lhr = result?.lhr;
  if (!lhr) throw new Error(`Lighthouse gave no result for ${url}.`);
  if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
  const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const breakdown = lhr.audits['mainthread-work-breakdown']?.details;
  const groups = breakdown?.type === 'table' ? breakdown.items : [];
  return {
    score: (lhr.categories.performance?.score ?? Number.NaN) * 100,
    tbt: value('total-blocking-time'),
    lcp: value('largest-contentful-paint'),
    fcp: value('first-contentful-paint'),
    scripting: Number(groups.find((item) => item.group === 'scriptEvaluation')?.duration ?? Number.NaN),
    benchmarkIndex: lhr.environment.benchmarkIndex,
  };
}

export async function lighthouseScores(): Promise<Section> {
  const notes: string[] = [];
  // BENCH_LIGHTHOUSE_PAGES=/,/lab audits only those (to compare one change against the floor quickly).
  const only = process.env.BENCH_LIGHTHOUSE_PAGES?.split(',').filter(Boolean);
  const pages = pagesToWeigh(notes).filter(({ path }) => !only || only.includes(path));
  const { default: lighthouse } = await import('lighthouse');
  const bare = await startBareApp();
  const app = await startServer({ port: BENCH_PORTS.app, dataDir: '.bench/lighthouse', fresh: true });
  const chrome = await launch({
    chromePath: chromiumExecutable(),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const floor: Score[] = [];
    const byPage = new Map<string, Score[]>(pages.map((p) => [p.path, []]));
    // The bare page once per round, then every page: a page's score is the median of its rounds.
    for (let round = 0; round < ROUNDS; round++) {
      floor.push(await audit(lighthouse, chrome.port, `${bare.url}/`));
      for (const { path } of pages) {
        console.log(`  lighthouse ${path} (round ${round + 1}) ...`);
        byPage.get(path)!.push(await audit(lighthouse, chrome.port, `${app.url}${path}`));
      }
    }
    const m = (scores: Score[], pick: (s: Score) => number) => median(scores.map(pick));
    const row = (label: string, scores: Score[]) => [
      label,
      scores.map((s) => s.score.toFixed(0)).join(', '),
      m(scores, (s) => s.score).toFixed(0),
      `${m(scores, (s) => s.tbt).toFixed(0)} ms`,
      `${(m(scores, (s) => s.fcp) / 1000).toFixed(1)} s / ${(m(scores, (s) => s.lcp) / 1000).toFixed(1)} s`,
      `${m(scores, (s) => s.scripting).toFixed(0)} ms`,
      m(scores, (s) => s.benchmarkIndex).toFixed(0),
    ];
    const floorScore = m(floor, (s) => s.score);
    const verdicts: Verdict[] = pages.map(({ path }) => {
      const score = m(byPage.get(path)!, (s) => s.score);
      return {
        benchmark: `Lighthouse mobile performance of ${path}`,
        figure: score.toFixed(0),
        floor: `100 (bare page: ${floorScore.toFixed(0)})`,
        ...atLeast(score / 100, TARGET),
      };
    });
    return {
      title: 'A phone (Lighthouse, mobile preset)',
      method:
        'Lighthouse (the `lighthouse` package, its default mobile preset: simulated slow 4G and a 4× slower CPU, a phone-sized ' +
        `screen) in this machine's Chromium, performance category only, ${ROUNDS} rounds, each the bare App ` +
        'Router page (`bench/bare-app`) and then every page; one visitor, not signed in, for the whole run (Lighthouse keeps ' +
        'cookies between audits, so every page after the first is seen with the session the earlier ones made, and `/wire` ' +
        'with the 40 requests kept for that session: it shows the newest 10, the rest behind a button); medians (one round scores the same page 90 to 99 here). The score is out of 100; the target is 95 on every page. Lighthouse ' +
        "simulates the phone from a load observed at full speed, so a busy machine (a lower benchmarkIndex, Lighthouse's own " +
        "measure of it) lowers every score, the bare page's too: compare each page with the floor of the same run.",
      tables: [
        [
          [
            'page',
            'score per round',
            'median score',
            'total blocking time',
            'first / largest contentful paint',
            'script evaluation (observed)',
            'machine speed (benchmarkIndex)',
          ],
          row('bare App Router page (floor)', floor),
          ...pages.map(({ path }) => row(path, byPage.get(path)!)),
        ],
      ],
      verdicts,
      notes,
    };
  } finally {
    await chrome.kill();
    await app.stop();
    await bare.stop();
  }
}
