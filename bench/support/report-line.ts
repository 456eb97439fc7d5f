/** Prints the one JSON line a benchmark child process reports with (the parent reads the last line). */
export function report(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}
