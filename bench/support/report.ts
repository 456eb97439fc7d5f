/** One line of the results: a figure, the floor it is compared with, and the target for their ratio. */
export interface Verdict {
  benchmark: string;
  figure: string;
  floor: string;
  ratio: number;
  /** How the ratio is judged, e.g. '>= 0.90' or '<= 1.25'. */
  target: string;
  /** The number in `target`. */
  line: number;
  pass: boolean;
}

export interface Section {
  title: string;
  /** What was measured and how, in a sentence or two. */
  method: string;
  /** Tables of the raw figures, each as rows (header first). */
  tables: string[][][];
  verdicts: Verdict[];
  notes: string[];
}

export function atLeast(ratio: number, target: number) {
  return { ratio, target: `>= ${target.toFixed(2)}`, line: target, pass: ratio >= target };
}

export function atMost(ratio: number, target: number) {
  return { ratio, target: `<= ${target.toFixed(2)}`, line: target, pass: ratio <= target };
}

export function markdownTable(rows: string[][]): string {
  const [head, ...body] = rows;
  if (!head) return '';
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...body.map(line)].join('\n');
}

export function verdictRows(verdicts: Verdict[]): string[][] {
  return [
    ['benchmark', 'figure', 'floor', 'ratio', 'target', 'result'],
    ...verdicts.map((v) => [v.benchmark, v.figure, v.floor, ratioText(v), v.target, v.pass ? 'PASS' : 'MISS']),
  ];
}

/**
 * Three places, or four where three would round the ratio onto its line: a
 * wire ratio of 0.9696 read "0.970" beside ">= 0.97" and MISS.
 */
function ratioText({ ratio, line }: Verdict): string {
  const text = ratio.toFixed(3);
  return Number(text) === line && ratio !== line ? ratio.toFixed(4) : text;
}

export function renderSection(section: Section): string {
  return [
    `## ${section.title}`,
    '',
    section.method,
    '',
    ...section.tables.flatMap((table) => [markdownTable(table), '']),
    markdownTable(verdictRows(section.verdicts)),
    ...(section.notes.length > 0 ? ['', ...section.notes.map((note) => `- ${note}`)] : []),
    '',
  ].join('\n');
}
