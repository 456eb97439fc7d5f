'use client';

import { usePathname } from 'next/navigation';
import { useId, useRef, useState, type ReactNode } from 'react';

/**
 * The header's links, language picker and account corner. On a phone they sit
 * behind a Menu button (the header was a third of a 390x844 screen before any
 * content); from 640 px up the button is gone and its box is `display:
 * contents`, so what it holds lays out in the header's row exactly as before.
 * The menu closes when a link in it leads to another page (the header is kept
 * across pages) and on Escape, which hands the focus back to the button.
 */
export function SiteMenu({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  const [openedOn, setOpenedOn] = useState(pathname);
  // Adjusted while rendering, not in an effect: the new page is never drawn with the menu still open.
  if (openedOn !== pathname) {
    setOpenedOn(pathname);
    setOpen(false);
  }
  const button = useRef<HTMLButtonElement>(null);
  const id = useId();
  return (
    <>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
        className="flex items-center gap-2 rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 hover:bg-slate-100 sm:hidden"
        data-testid="site-menu-button"
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 16 16"
          className="h-4 w-4"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
        >
          {open ? <path d="M3 3l10 10M13 3L3 13" /> : <path d="M2 4h12M2 8h12M2 12h12" />}
        </svg>
        {label}
      </button>
      <div
        id={id}
        className={`${open ? 'flex' : 'hidden'} w-full flex-col items-start gap-3 border-t border-slate-200 pt-3 sm:contents`}
        onKeyDown={(event) => {
          if (event.key !== 'Escape' || !open) return;
          setOpen(false);
          button.current?.focus();
        }}
      >
        {children}
      </div>
    </>
  );
}
