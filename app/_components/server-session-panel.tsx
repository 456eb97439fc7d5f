import type { ChangeLabels } from '@/components/stores/changed-value';
import { Fact } from '@/components/panel';
import { SessionDeadline } from '@/components/session-deadline';
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
import { StorePanel } from './store-panel';

/** The server's copy: where it lives, who reads it, its size and live lifetime, and the data. */
export function ServerSessionPanel({
  view,
  store,
  language,
  t,
  changeLabels,
}: {
  view: SessionView;
  store: SessionStore['kind'];
  language: Language;
  t: Pick<Dictionary, 'dashboard' | 'live'>;
  changeLabels?: ChangeLabels;
}) {
  const d = t.dashboard;
  const bytes = (count: number) => plural(language, count, d.bytes, { count: formatNumber(count, language) });
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
  const storeName = store === 'redis' ? 'Redis' : 'SQLite';
  return (
    <StorePanel
      id="panel-server-session"
      title={d.serverSession}
      store="server"
      rows={rows}
      testId="server-data"
      t={d}
      changeLabels={changeLabels}
      where={d.serverWhere}
      summary={
        <>
          <Fact compact term={d.fingerprint}>
            <code className="font-mono whitespace-nowrap" data-testid="session-fingerprint">
              {view.id}
            </code>
          </Fact>
          <Fact compact term={d.sizeLabel}>
            <span data-testid="server-session-size" data-bytes={jsonBytes(view.attributes)}>
              {format(d.sizeOfLimit, { size: bytes(jsonBytes(view.attributes)), limit: bytes(SESSION_BUDGET_BYTES) })}
            </span>
          </Fact>
          <Fact compact term={d.isNew}>
            {view.isNew ? d.yes : d.no}
          </Fact>
          <SessionDeadline compact view={view} kind="idle" t={t} />
          <SessionDeadline compact view={view} kind="absolute" t={t} />
          <Fact compact term={d.tabsLabel}>
            <AllTabsCount template={d.tabsAll} counting={d.tabsCounting} testId="server-tabs" />
          </Fact>
        </>
      }
      details={
        <>
          <Fact term={d.serverStore}>{storeName}</Fact>
          <Fact term={d.whoReads}>{d.whoReadsServer}</Fact>
          <Fact term={d.fingerprint}>{d.fingerprintHint}</Fact>
          <Fact term={d.sizeLabel}>{format(d.serverLimitNote, { store: storeName })}</Fact>
          <Fact term={d.idleTimeout}>
            {view.maxInactiveInterval >= 60 && view.maxInactiveInterval % 60 === 0
              ? format(d.secondsInMinutes, { count: view.maxInactiveInterval, minutes: view.maxInactiveInterval / 60 })
              : format(d.seconds, { count: view.maxInactiveInterval })}
          </Fact>
        </>
      }
    />
  );
}
