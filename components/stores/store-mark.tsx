import type { ReactNode } from 'react';

/** The four places data lives in this app; each has one colour and one icon everywhere. */
export type StoreKind = 'server' | 'cookie' | 'sessionStorage' | 'localStorage';

/** Tailwind classes per store (full strings, so the compiler keeps them). Text colours pass WCAG AA on white. */
export const STORE_STYLE: Record<StoreKind, { accent: string; text: string; soft: string; border: string }> = {
  server: { accent: 'border-l-violet-700', text: 'text-violet-800', soft: 'bg-violet-50', border: 'border-violet-300' },
  cookie: { accent: 'border-l-amber-700', text: 'text-amber-900', soft: 'bg-amber-50', border: 'border-amber-300' },
  sessionStorage: { accent: 'border-l-teal-700', text: 'text-teal-800', soft: 'bg-teal-50', border: 'border-teal-300' },
  localStorage: { accent: 'border-l-sky-700', text: 'text-sky-800', soft: 'bg-sky-50', border: 'border-sky-300' },
};

const PATHS: Record<StoreKind, ReactNode> = {
  // A rack of servers.
  server: (
    <>
      <rect x="4" y="4" width="16" height="7" rx="1.5" />
      <rect x="4" y="13" width="16" height="7" rx="1.5" />
      <circle cx="8" cy="7.5" r="1" fill="currentColor" />
      <circle cx="8" cy="16.5" r="1" fill="currentColor" />
    </>
  ),
  // A cookie with a bite out of it.
  cookie: (
    <>
      <path d="M20.5 12.5A8.5 8.5 0 1 1 11.5 3.5a3 3 0 0 0 3.5 3.5 3 3 0 0 0 3.5 3.5 3 3 0 0 0 2 2z" />
      <circle cx="9" cy="10" r="1" fill="currentColor" />
      <circle cx="14" cy="15" r="1" fill="currentColor" />
      <circle cx="8.5" cy="15.5" r="1" fill="currentColor" />
    </>
  ),
  // One browser tab.
  sessionStorage: (
    <>
      <path d="M3 8h7l1.5-3H3z" />
      <rect x="3" y="8" width="18" height="12" rx="1.5" />
    </>
  ),
  // Several tabs stacked: the whole origin.
  localStorage: (
    <>
      <rect x="6" y="3" width="15" height="11" rx="1.5" />
      <rect x="3" y="8" width="15" height="12" rx="1.5" fill="white" />
    </>
  ),
};

/**
 * The store's icon drawn once, for a list that repeats it: each row's
 * `<StoreIcon use={id}>` points here, so a long list parses and hydrates two
 * nodes per icon instead of every shape. Render it once per page for each id.
 */
export function StoreIconSymbol({ store, id }: { store: StoreKind; id: string }) {
  return (
    <svg aria-hidden="true" focusable="false" className="absolute h-0 w-0 overflow-hidden">
      <symbol id={id} viewBox="0 0 24 24">
        {PATHS[store]}
      </symbol>
    </svg>
  );
}

/**
 * The store's icon, in its colour; decorative (the text next to it names the store).
 * `use`: the id of a StoreIconSymbol of the same store on the page, to draw instead of copying the shapes.
 */
export function StoreIcon({ store, className = 'h-5 w-5', use }: { store: StoreKind; className?: string; use?: string }) {
  return (
    <svg
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      className={`inline-block shrink-0 ${STORE_STYLE[store].text} ${className}`}
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinejoin="round"
    >
      {use ? <use href={`#${use}`} /> : PATHS[store]}
    </svg>
  );
}

/** A store's icon and name, as a heading or a table cell shows it. */
export function StoreName({ store, children }: { store: StoreKind; children: ReactNode }) {
  return (
    // Inline, with a space: on a narrow screen the name may go below its icon rather than widen a table.
    <span data-store={store}>
      <StoreIcon store={store} className="mr-0.5 h-5 w-5 align-text-bottom" /> <span>{children}</span>
    </span>
  );
}
