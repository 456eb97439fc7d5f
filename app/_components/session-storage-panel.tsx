'use client';

import type { ChangeLabels } from '@/components/stores/changed-value';
import { Fact } from '@/components/panel';
import { SameStorageCount } from '@/components/tab-counts';
import { useTabStorage } from '@/lib/browser/tab-storage';
import { MIRRORED, mirrorStorageKey } from '@/lib/browser/mirror';
import { SESSION_STORAGE_LIMIT_BYTES, utf16Bytes } from '@/lib/sizes/byte-size';
import { formatNumber } from '@/lib/i18n/format';
import { plural } from '@/lib/i18n/plural';
import { format } from '@/lib/i18n/define-messages';
import type { Dictionary } from '@/lib/i18n/dictionary';
import type { Language } from '@/lib/i18n/languages';
import { comparedLabel, readableValue } from './session-data-rows';
import { StorePanel } from './store-panel';

const KEYS = MIRRORED.map(mirrorStorageKey);

/** This tab's copies, read from sessionStorage: no other tab and no server ever sees them. */
export function SessionStoragePanel({
  language,
  t,
  changeLabels,
}: {
  language: Language;
  t: Dictionary['dashboard'];
  changeLabels?: ChangeLabels;
}) {
  const storage = useTabStorage();
  const bytes = (count: number) => plural(language, count, t.bytes, { count: formatNumber(count, language) });
  const rows = MIRRORED.map((item) => {
    const key = mirrorStorageKey(item);
    const value = storage?.[key] ?? null;
    return {
      label: comparedLabel(item, t),
      source: key,
      value,
      readable: readableValue(item, value, language, t),
      size: value === null ? null : bytes(utf16Bytes(key + value)),
    };
  });
  const used = Object.entries(storage ?? {}).reduce((sum, [key, value]) => sum + utf16Bytes(key + value), 0);
  return (
    <StorePanel
      id="panel-session-storage"
      title={t.storageTitle}
      store="sessionStorage"
      rows={rows}
      testId="storage-data"
      t={t}
      // Before the first read of sessionStorage every row is empty: its first value is no change.
      changeLabels={storage ? changeLabels : undefined}
      where={t.storageWhere}
      summary={
        <>
          <Fact compact term={t.sizeLabel}>
            <span data-testid="storage-size">
              {storage ? format(t.storageSize, { bytes: bytes(used), limit: bytes(SESSION_STORAGE_LIMIT_BYTES) }) : '—'}
            </span>
          </Fact>
          <Fact compact term={t.tabsLabel}>
            <SameStorageCount
              keys={KEYS}
              template={t.storageTabs}
              emptyTemplate={t.storageTabsEmpty}
              counting={t.tabsCounting}
              testId="storage-tabs"
            />
          </Fact>
        </>
      }
      details={
        <>
          <Fact term={t.whoReads}>{t.storageWho}</Fact>
          <Fact term={t.lifetimeLabel}>{t.storageLifetime}</Fact>
        </>
      }
    >
      {storage && rows.every((row) => row.value === null) && <p className="text-sm text-slate-700">{t.storageEmpty}</p>}
    </StorePanel>
  );
}
