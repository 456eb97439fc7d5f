/*
 * The Server-Timing response header (W3C Server Timing): durations the server
 * measured, shown by the browser's developer tools beside the request's own
 * timing, and read by the benchmark to split a login into its parts.
 */

export interface ServerTimingMetric {
  /** A token: letters, digits and `-`. */
  name: string;
  ms: number;
  description: string;
}

/** `name;dur=12.3;desc="…"`, comma-separated. The descriptions are ours (no quotes or backslashes in them). */
export function serverTiming(metrics: ServerTimingMetric[]): string {
  return metrics.map(({ name, ms, description }) => `${name};dur=${ms.toFixed(1)};desc="${description}"`).join(', ');
}

/** The `dur` of metric `name` in a Server-Timing header, in ms; null if it is not there. */
export function serverTimingDuration(header: string | null | undefined, name: string): number | null {
  for (const metric of (header ?? '').split(',')) {
    const [metricName, ...params] = metric.trim().split(';');
    if (metricName?.trim() !== name) continue;
    const dur = params.map((p) => p.trim()).find((p) => p.startsWith('dur='));
    const ms = Number(dur?.slice(4));
    return dur && Number.isFinite(ms) ? ms : null;
  }
  return null;
}
