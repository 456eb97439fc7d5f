import { Countdown } from '@/components/countdown';
import { Fact, Panel } from '@/components/panel';
import { format } from '@/lib/i18n/define-messages';
import type { Dictionary } from '@/lib/i18n/dictionary';
import type { SessionView } from '@/lib/session-view';

function byteSize(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value) ?? '');
}

/** The server's copy of the data: fingerprint, times with live countdowns, and every attribute. */
export function ServerSessionPanel({ view, now, t }: { view: SessionView; now: number; t: Dictionary['dashboard'] }) {
  const rows = Object.entries(view.attributes);
  return (
    <Panel id="panel-server-session" title={t.serverSession}>
      <p className="text-sm text-slate-700">{t.serverWhere}</p>
      <dl className="flex flex-col gap-2">
        <Fact term={t.whoReads}>{t.whoReadsServer}</Fact>
        <Fact term={t.fingerprint}>
          <code className="font-mono" data-testid="session-fingerprint">
            {view.id}
          </code>
          <span className="block text-xs text-slate-600">{t.fingerprintHint}</span>
        </Fact>
        <Fact term={t.isNew}>{view.isNew ? t.yes : t.no}</Fact>
        <Fact term={t.createdAt}>
          <time dateTime={view.createdAt}>{view.createdAt.replace('T', ' ').slice(0, 19)} UTC</time>
        </Fact>
        <Fact term={t.idleTimeout}>{format(t.seconds, { count: view.maxInactiveInterval })}</Fact>
        <Fact term={t.idleExpiry}>
          <Countdown until={Date.parse(view.idleExpiresAt)} serverNow={now} expiredLabel={t.expired} />
        </Fact>
        <Fact term={t.absoluteExpiry}>
          <Countdown until={Date.parse(view.absoluteExpiresAt)} serverNow={now} expiredLabel={t.expired} />
        </Fact>
      </dl>
      <table className="w-full table-fixed text-left text-sm">
        <caption className="mb-1 text-left font-medium text-slate-700">{t.attributes}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="w-1/4 py-1">{t.attributeName}</th>
            <th scope="col" className="py-1">{t.attributeValue}</th>
            <th scope="col" className="w-1/5 py-1 text-right">{t.attributeSize}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([name, value]) => (
            <tr key={name} className="border-b border-slate-200 align-top">
              <th scope="row" className="py-1 font-mono font-normal">{name}</th>
              <td className="truncate py-1 font-mono" title={JSON.stringify(value)}>{JSON.stringify(value)}</td>
              <td className="py-1 text-right tabular-nums">{format(t.bytes, { count: byteSize(value) })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Panel>
  );
}
