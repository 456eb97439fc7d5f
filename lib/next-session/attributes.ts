/**
 * Every session attribute this app writes, each owned by one feature. `owner`
 * lists the modules (a path, or a folder ending in /) that may name it: the
 * feature that writes it, and the framework parts that set its first value or
 * check it (the CSRF token). A test holds every `attribute('…')` to this list. A feature
 * that needs a new attribute adds its line here; a name can be listed once
 * only, so two features can no longer write the same one (the tabs lab and the
 * stateless lab once both wrote `labNote`, and each replaced the other's note).
 */
export const SESSION_ATTRIBUTES = {
  userId: { owner: 'lib/auth/' },
  role: { owner: 'lib/auth/' },
  csrfToken: { owner: 'lib/auth/ lib/next-session/session-defaults.ts lib/api/api-route.ts' },
  cart: { owner: 'lib/cart/ lib/next-session/session-defaults.ts' },
  language: { owner: 'lib/next-session/language.ts lib/next-session/session-defaults.ts' },
  labNote: { owner: 'lib/labs/note.ts' },
  labPayload: { owner: 'lib/labs/payload.ts' },
  instanceHits: { owner: 'lib/labs/instance-hits.ts' },
  labStatelessNote: { owner: 'lib/stateless/stateless-lab.ts' },
  labRaceCart: { owner: 'lib/stateless/stateless-lab.ts' },
  authenticatedAt: { owner: 'lib/auth/' },
  demoPasswordHash: { owner: 'lib/auth/reauth.ts' },
  crossSiteRun: { owner: 'lib/labs/cross-site-lab.ts' },
  crossSiteCookiesSetAt: { owner: 'lib/labs/cross-site-lab.ts' },
} as const satisfies Record<string, { owner: string }>;

export type AttributeName = keyof typeof SESSION_ATTRIBUTES;

/** An attribute's name, checked against the list: `session.setAttribute(attribute('cart'), …)`. */
export function attribute<Name extends AttributeName>(name: Name): Name {
  return name;
}
