/**
 * Every lab, in the order the index lists them. `available` turns an entry
 * into a link; a lab still being built shows as "coming", never a dead link.
 * Titles and one-line claims are in lib/i18n/messages/labs.ts under the slug.
 */
export const LABS = [
  { slug: 'tabs', available: true },
  { slug: 'lifetime', available: true },
  { slug: 'capacity', available: true },
  { slug: 'security', available: true },
  { slug: 'stateless', available: true },
  { slug: 'fixation', available: true },
  { slug: 'instances', available: true },
  { slug: 'cross-site', available: true },
  { slug: 'reauth', available: true },
] as const satisfies readonly { slug: string; available: boolean }[];

export type LabSlug = (typeof LABS)[number]['slug'];

export function labPath(slug: LabSlug): string {
  return `/lab/${slug}`;
}
