import { writeFileSync } from 'node:fs';
import { devStart } from './dev-start';
import { httpOverhead } from './http-overhead';
import { lighthouseScores } from './lighthouse';
import { pageWeight } from './page-weight';
import { sealCost } from './seal-cost';
import { storeScaling } from './store-scaling';
import { wireRecordingCost } from './wire-recording';
import { cpuPressure, describeMachine, unpinSelf } from './support/machine';
import { markdownTable, renderSection, verdictRows, type Section } from './support/report';

/**
 * `npm run bench` runs every benchmark; `npm run bench -- http` (or `dev`,
 * `pages`, `phone`, `seal`, `store`, `wire`) runs some. A full run rewrites bench/RESULTS.md.
 */
const BENCHMARKS: Record<string, () => Promise<Section>> = {
  dev: devStart,
  http: httpOverhead,
  pages: pageWeight,
  phone: lighthouseScores,
  seal: sealCost,
  store: storeScaling,
  wire: wireRecordingCost,
};

async function main() {
  const asked = process.argv.slice(2);
  const unknown = asked.filter((name) => !(name in BENCHMARKS));
  if (unknown.length > 0) throw new Error(`Unknown benchmark ${unknown.join(', ')}; choose from ${Object.keys(BENCHMARKS).join(', ')}.`);
  const names = asked.length > 0 ? asked : Object.keys(BENCHMARKS);
  const machine = describeMachine();
  console.log(markdownTable(machine), '\n');
  const sections: Section[] = [];
  for (const name of names) {
    console.log(`Running ${name} ...`);
    // A benchmark that pinned the runner to one CPU must not leave the next one (and all it starts) there.
    unpinSelf();
    const section = await BENCHMARKS[name]!();
    sections.push(section);
    console.log(`\n${renderSection(section)}`);
  }
  machine.push(['CPU pressure at end', cpuPressure()]);
  const verdicts = sections.flatMap((s) => s.verdicts);
  console.log(`\n${markdownTable(verdictRows(verdicts))}\n`);
  if (names.length === Object.keys(BENCHMARKS).length) {
    writeFileSync(new URL('./RESULTS.md', import.meta.url), results(machine, sections));
    console.log('Wrote bench/RESULTS.md.');
  }
  const missed = verdicts.filter((v) => !v.pass);
  if (missed.length > 0) {
    console.log(`${missed.length} target(s) missed: ${missed.map((v) => v.benchmark).join('; ')}.`);
    process.exitCode = 1;
  }
}

function results(machine: string[][], sections: Section[]): string {
  return [
    '# Benchmark results',
    '',
    'Written by `npm run bench` (see the README). Each figure is compared with a floor measured in the same run. The machine is shared: its CPU pressure at start and end is recorded below, and tails (p99, event-loop stalls) move with it more than with anything the app does.',
    '',
    '## Machine',
    '',
    markdownTable(machine),
    '',
    '## Summary',
    '',
    markdownTable(verdictRows(sections.flatMap((s) => s.verdicts))),
    '',
    ...sections.map(renderSection),
  ].join('\n');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
