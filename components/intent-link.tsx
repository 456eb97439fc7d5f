'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import type { ComponentProps } from 'react';

type Props = Omit<ComponentProps<typeof Link>, 'href' | 'prefetch'> & { href: string };

/**
 * A link that loads its page ahead of the click only once the visitor reaches
 * for it (pointer over it, keyboard focus, a finger on it), not as soon as it
 * is on screen. Every page here is rendered per visitor, so Next's default
 * fetched each linked page in view as the page loaded: ten requests on the
 * dashboard, twenty on /lab, each one a server render, competing with the
 * page's own scripts on a phone (see bench/RESULTS.md, "A phone").
 */
export function IntentLink({ href, onMouseEnter, onFocus, onTouchStart, ...props }: Props) {
  const router = useRouter();
  const prefetch = () => router.prefetch(href);
  return (
    <Link
      {...props}
      href={href}
      prefetch={false}
      onMouseEnter={(event) => {
        prefetch();
        onMouseEnter?.(event);
      }}
      onFocus={(event) => {
        prefetch();
        onFocus?.(event);
      }}
      onTouchStart={(event) => {
        prefetch();
        onTouchStart?.(event);
      }}
    />
  );
}
