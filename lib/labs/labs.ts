/**
 * Every lab, in the order the index lists them; a lab is listed once its page
 * exists. Titles and one-line claims are in lib/i18n/messages/labs.ts under the slug.
 */
export const LABS = [
  { slug: 'tabs' },
  { slug: 'lifetime' },
  { slug: 'capacity' },
  { slug: 'security' },
  { slug: 'stateless' },
  { slug: 'fixation' },
  { slug: 'instances' },
  { slug: 'cross-site' },
  { slug: 'reauth' },
] as const satisfies readonly { slug: string }[];

export type LabSlug = (typeof LABS)[number]['slug'];

export function labPath(slug: LabSlug): string {
  return `/lab/${slug}`;
}
