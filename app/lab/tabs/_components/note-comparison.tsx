'use client';

import { Row, Table } from '@/components/table';
import { SameStorageCount } from '@/components/tab-counts';
import { decodeCookieValue } from '@/lib/browser/decode-cookie';
import { parseCookies, useDocumentCookies } from '@/lib/browser/document-cookies';
import { StoreName, type StoreKind } from '@/components/stores/store-mark';
import { NOTE_COOKIE, NOTE_LOCAL_KEY, NOTE_STORAGE_KEY, useLocalNote } from '@/lib/browser/note-copies';
import { useTabStorage } from '@/lib/browser/tab-storage';
import type { Dictionary } from '@/lib/i18n/dictionary';

const NOTE_KEYS = [NOTE_STORAGE_KEY];

/** The note as each store holds it, read by this tab right now. */
export function NoteComparison({
  serverNote,
  t,
  storeNames,
  counting,
}: {
  serverNote: string | null;
  t: Dictionary['labTabs'];
  storeNames: { server: string; cookie: string; storage: string; local: string };
  counting: string;
}) {
  const cookies = useDocumentCookies();
  const storage = useTabStorage();
  const local = useLocalNote();
  const cookie = cookies ? parseCookies(cookies.text).find((c) => c.name === NOTE_COOKIE) : undefined;
  const rows: { id: string; kind: StoreKind; store: string; source: string; value: string | null; ready: boolean }[] = [
    { id: 'server', kind: 'server', store: storeNames.server, source: 'labNote', value: serverNote, ready: true },
    {
      id: 'cookie',
      kind: 'cookie',
      store: storeNames.cookie,
      source: NOTE_COOKIE,
      value: cookie ? decodeCookieValue(cookie.value) : null,
      ready: cookies !== null,
    },
    {
      id: 'storage',
      kind: 'sessionStorage',
      store: storeNames.storage,
      source: NOTE_STORAGE_KEY,
      value: storage?.[NOTE_STORAGE_KEY] ?? null,
      ready: storage !== null,
    },
    // The contrast: one copy for every tab of the origin.
    {
      id: 'local',
      kind: 'localStorage',
      store: storeNames.local,
      source: NOTE_LOCAL_KEY,
      value: local ?? null,
      ready: local !== undefined,
    },
  ];
  return (
    <div className="flex flex-col gap-2">
      <Table caption={t.seesTitle} hideCaption columns={[t.store, t.value]}>
        {rows.map((row) => (
          <Row key={row.id}>
            <th scope="row" className="font-normal">
              <StoreName store={row.kind}>{row.store}</StoreName> <code className="text-xs text-slate-600">{row.source}</code>
            </th>
            <td className="font-mono" data-testid={`note-${row.id}`} data-ready={row.ready}>
              {row.value ?? <span className="font-sans text-slate-600">{t.nothing}</span>}
            </td>
          </Row>
        ))}
      </Table>
      <p className="text-sm">
        <SameStorageCount
          keys={NOTE_KEYS}
          template={t.sameNoteTabs}
          emptyTemplate={t.sameNoteTabsEmpty}
          counting={counting}
          testId="note-tabs"
        />
      </p>
      <p className="text-sm text-slate-700">{t.localHint}</p>
    </div>
  );
}
