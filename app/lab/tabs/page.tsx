import type { Metadata } from 'next';
import { LiveSessionSync } from '@/components/live-session-sync';
import { Experiment } from '@/components/lab-kit/experiment';
import { NextLab } from '@/components/lab-kit/next-lab';
import { StoreDownNotice } from '@/components/store-down-notice';
import { StoreName, type StoreKind } from '@/components/stores/store-mark';
import { Row, Table } from '@/components/table';
import { currentDictionary } from '@/lib/next-session/language';
import { labNoteOf } from '@/lib/labs/note';
import { readPageSession } from '@/lib/next-session/request-session';
import { LabIntro } from '../_components/lab-intro';
import { NoteComparison } from './_components/note-comparison';
import { NoteForm } from './_components/note-form';
import { OpenTabs } from './_components/open-tabs';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentDictionary();
  return { title: t.labTabs.title };
}

export default async function TabsLabPage() {
  const { t } = await currentDictionary();
  const { session, storeDown } = await readPageSession();
  const l = t.labTabs;
  const storeNames = {
    server: t.dashboard.serverSession,
    cookie: t.dashboard.cookieTitle,
    storage: t.dashboard.storageTitle,
    local: l.localName,
  };
  const expectations: { kind: StoreKind; store: string; cells: string[] }[] = [
    { kind: 'server', store: storeNames.server, cells: [l.shared, l.shared, l.shared] },
    { kind: 'cookie', store: storeNames.cookie, cells: [l.shared, l.shared, l.shared] },
    { kind: 'sessionStorage', store: storeNames.storage, cells: [l.startsEmpty, l.startsCopy, l.startsCopy] },
    { kind: 'localStorage', store: storeNames.local, cells: [l.shared, l.shared, l.shared] },
  ];
  const opening = [l.colPlain, l.colWindowOpen, l.colDuplicate];
  return (
    <div className="flex flex-col gap-6">
      <LabIntro title={l.title} claim={l.claim} claimLabel={t.labs.claim} backLabel={t.labs.backToLabs} />
      {storeDown && <StoreDownNotice text={t.common.storeDown} />}
      {session && <LiveSessionSync session={session.fingerprint} t={t.live} restartHref="/lab/tabs" />}
      <div className="grid gap-4 lg:grid-cols-2">
        <Experiment id="step-note" title={l.step1}>
          <p className="text-sm text-slate-700">
            {l.step1Intro} {l.localIntro}
          </p>
          <NoteForm t={l} working={t.labs.working} serverNote={session ? labNoteOf(session) : null} />
        </Experiment>
        <Experiment id="step-sees" title={l.seesTitle}>
          <NoteComparison
            serverNote={session ? labNoteOf(session) : null}
            t={l}
            storeNames={storeNames}
            counting={t.dashboard.tabsCounting}
          />
        </Experiment>
      </div>
      <Experiment id="step-open" title={l.step2}>
        <p className="text-sm text-slate-700">{l.step2Intro}</p>
        <OpenTabs t={l} />
      </Experiment>
      <Experiment id="step-expect" title={l.step3}>
        {/* Four columns would split "shared" mid-word on a phone: there each store becomes a card, each answer under its column's name. */}
        <Table look="spaced" cards caption={l.expectCaption} columns={[l.store, l.colPlain, l.colWindowOpen, l.colDuplicate]}>
          {expectations.map((row) => (
            <Row key={row.store} look="spaced">
              <th scope="row" className="font-medium">
                <StoreName store={row.kind}>{row.store}</StoreName>
              </th>
              {row.cells.map((cell, i) => (
                <td key={i} data-label={opening[i]}>
                  {cell}
                </td>
              ))}
            </Row>
          ))}
        </Table>
        <p className="text-sm text-slate-700">{l.takeaway}</p>
      </Experiment>
      <NextLab slug="tabs" t={t} />
    </div>
  );
}
