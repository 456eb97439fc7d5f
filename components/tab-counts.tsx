'use client';

import { tabsWithSameStorage, useTabPresence } from '@/lib/browser/tab-presence';
import { format } from '@/lib/i18n/define-messages';

/** "Every open tab of this site (3 now)": what the server and the cookie jar give every tab alike. */
export function AllTabsCount({ template, counting, testId }: { template: string; counting: string; testId: string }) {
  const presence = useTabPresence();
  if (!presence) return <span>{counting}</span>;
  const total = presence.peers.size + 1;
  return (
    <span data-testid={testId} data-total={total}>
      {format(template, { total })}
    </span>
  );
}

/**
 * "2 of 3 open tabs hold this same data": tabs whose sessionStorage matches this tab's for `keys`.
 * When this tab holds nothing, `emptyTemplate` says so rather than call nothing "the same data".
 */
export function SameStorageCount({
  keys,
  template,
  emptyTemplate,
  counting,
  testId,
}: {
  keys: readonly string[];
  template: string;
  emptyTemplate: string;
  counting: string;
  testId: string;
}) {
  const presence = useTabPresence();
  if (!presence) return <span>{counting}</span>;
  const { same, total, empty } = tabsWithSameStorage(presence, keys);
  return (
    <span data-testid={testId} data-same={same} data-total={total} data-empty={empty}>
      {format(empty ? emptyTemplate : template, { same, total })}
    </span>
  );
}
