import type { ReactNode } from 'react';
import { DataTable, type DataRow } from '@/components/data-table';
import type { ChangeLabels } from '@/components/stores/changed-value';
import { Panel } from '@/components/panel';
import type { StoreKind } from '@/components/stores/store-mark';
import type { Dictionary } from '@/lib/i18n/dictionary';

/**
 * One store's dashboard panel: its data first, in large type; then a compact
 * row (size, tabs, what changes); then the explanations behind "Details".
 * Presenting mode keeps only the data.
 */
export function StorePanel({
  id,
  title,
  store,
  rows,
  testId,
  t,
  changeLabels,
  summary,
  where,
  details,
  children,
}: {
  id: string;
  title: string;
  store: StoreKind;
  rows: DataRow[];
  testId: string;
  t: Dictionary['dashboard'];
  changeLabels?: ChangeLabels;
  /** `<Fact compact>`s: the few facts that change while you watch. */
  summary: ReactNode;
  where: string;
  /** `<Fact>`s: the ones that explain. */
  details: ReactNode;
  /** Below the details: a note about the data (it is empty). */
  children?: ReactNode;
}) {
  return (
    <Panel id={id} title={title} store={store}>
      <div className="text-base present-large">
        <DataTable
          caption={t.dataCaption}
          rows={rows}
          headers={{ name: t.attributeName, value: t.attributeValue, size: t.attributeSize }}
          noneLabel={t.none}
          storedLabel={t.storedJson}
          changeLabels={changeLabels}
          testId={testId}
        />
      </div>
      {children}
      <dl className="present-hide flex flex-wrap gap-x-5 gap-y-1 border-t border-slate-200 pt-2">{summary}</dl>
      <details className="present-hide group text-sm">
        <summary className="cursor-pointer font-medium text-blue-800 underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-800">
          {t.details}
        </summary>
        <div className="mt-2 flex flex-col gap-2">
          <p className="text-slate-700">{where}</p>
          <dl className="flex flex-col gap-2">{details}</dl>
        </div>
      </details>
    </Panel>
  );
}
