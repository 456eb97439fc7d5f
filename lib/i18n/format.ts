import type { Language } from './languages';

/** One way to show a moment everywhere, the same on the server and in the browser (no hydration surprises). */
export function formatUtc(ms: number): string {
  return `${new Date(ms).toISOString().replace('T', ' ').slice(0, 19)} UTC`;
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(language).format(value);
}

/** A stored value for a table cell: long values are cut, so a 64 KB attribute does not flood the page. */
export function previewJson(value: unknown, max = 120): { text: string; cut: boolean } {
  const text = JSON.stringify(value) ?? '';
  return text.length > max ? { text: text.slice(0, max), cut: true } : { text, cut: false };
}
