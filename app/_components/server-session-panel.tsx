import { DataTable } from '@/components/data-table';
import type { ChangeLabels } from '@/components/stores/changed-value';
import { LiveCountdown } from '@/components/live-countdown';
import { Fact, Panel } from '@/components/panel';
import { AllTabsCount } from '@/components/tab-counts';
import { jsonBytes } from '@/lib/sizes/byte-size';
import { formatNumber } from '@/lib/i18n/format';
import { plural } from '@/lib/i18n/plural';
import { format } from '@/lib/i18n/define-messages';
import type { Dictionary } from '@/lib/i18n/dictionary';
import type { Language } from '@/lib/i18n/languages';
import type { SessionStore } from '@/lib/session/store';
import type { SessionView } from '@/lib/next-session/session-view';
import { SESSION_BUDGET_BYTES } from '@/lib/sizes/store-limits';
import { COMPARED, comparedLabel, readableValue, serverBytes, serverValue } from './session-data-rows';

/** The server's copy: where it lives, who reads it, its size and live lifetime, and the data. */
export function ServerSessionPanel({
  view,
  now,
  store,
  language,
  t,
  changeLabels,
}: {
  view: SessionView;
  now: number;
  store: SessionStore['kind'];
  language: Language;
  t: Pick<Dictionary, 'dashboard' | 'live'>;
  changeLabels?: ChangeLabels;
}) {
  const d = t.dashboard;
  const bytes = (count: number) => plural(language, count, d.bytes, { count: formatNumber(count, language) });
  const countdownLabels = { expired: d.expired, checking: d.checking, ended: t.live.endedGone };
  const rows = COMPARED.map((item) => {
    const { source, value } = serverValue(item, view.attributes);
    const size = serverBytes(value);
    const json = value === undefined ? null : JSON.stringify(value);
    return {
      label: comparedLabel(item, d),
      source,
      value: json,
      readable: readableValue(item, json, language, d),
      size: size === null ? null : bytes(size),
    };
  });
  return (
    <Panel id="panel-server-session" title={d.serverSession} store="server">
      <div className="text-base present-large">
        <DataTable
          caption={d.dataCaption}
          rows={rows}
          headers={{ name: d.attributeName, value: d.attributeValue, size: d.attributeSize }}
          noneLabel={d.none}
          storedLabel={d.storedJson}
          changeLabels={changeLabels}
          testId="server-data"
        />
      </div>
      <p className="present-hide text-sm text-slate-700">{d.serverWhere}</p>
      <dl className="present-hide flex flex-col gap-2 border-t border-slate-200 pt-3">
        <Fact term={d.serverStore}>{store === 'redis' ? 'Redis' : 'SQLite'}</Fact>
        <Fact term={d.whoReads}>{d.whoReadsServer}</Fact>
        <Fact term={d.fingerprint}>
          <code className="font-mono" data-testid="session-fingerprint">
            {view.id}
          </code>
          <span className="block text-xs text-slate-600">{d.fingerprintHint}</span>
        </Fact>
        <Fact term={d.isNew}>{view.isNew ? d.yes : d.no}</Fact>
        <Fact term={d.sizeLabel}>
          <span data-testid="server-session-size" data-bytes={jsonBytes(view.attributes)}>
            {format(d.sizeOfLimit, { size: bytes(jsonBytes(view.attributes)), limit: bytes(SESSION_BUDGET_BYTES) })}
          </span>
          <span className="block text-xs text-slate-600">
            {format(d.serverLimitNote, { store: store === 'redis' ? 'Redis' : 'SQLite' })}
          </span>
        </Fact>
        <Fact term={d.idleTimeout}>
          {view.maxInactiveInterval >= 60 && view.maxInactiveInterval % 60 === 0
            ? format(d.secondsInMinutes, { count: view.maxInactiveInterval, minutes: view.maxInactiveInterval / 60 })
            : format(d.seconds, { count: view.maxInactiveInterval })}
        </Fact>
        <Fact term={d.idleExpiry}>
          <LiveCountdown session={view.id} kind="idle" until={Date.parse(view.idleExpiresAt)} serverNow={now} labels={countdownLabels} />
        </Fact>
        <Fact term={d.absoluteExpiry}>
          <LiveCountdown
            session={view.id}
            kind="absolute"
            until={Date.parse(view.absoluteExpiresAt)}
            serverNow={now}
            labels={countdownLabels}
          />
        </Fact>
        <Fact term={d.tabsLabel}>
          <AllTabsCount template={d.tabsAll} counting={d.tabsCounting} testId="server-tabs" />
        </Fact>
      </dl>
    </Panel>
  );
}
