import { JsonText } from '@/components/json-text';
import { Fact, Panel } from '@/components/panel';
import { Row, Table } from '@/components/table';
import { jsonBytes } from '@/lib/sizes/byte-size';
import { formatDateTime, formatNumber, previewJson } from '@/lib/i18n/format';
import { plural } from '@/lib/i18n/plural';
import { format } from '@/lib/i18n/define-messages';
import type { Dictionary } from '@/lib/i18n/dictionary';
import type { Language } from '@/lib/i18n/languages';
import type { SessionView } from '@/lib/next-session/session-view';

function Moment({ iso, language }: { iso: string; language: Language }) {
  return <time dateTime={iso}>{formatDateTime(iso, language)}</time>;
}

/** Everything the server holds for this session, each attribute with what it costs. */
export function SessionInspector({ view, language, t }: { view: SessionView; language: Language; t: Dictionary['dashboard'] }) {
  const bytes = (count: number) => plural(language, count, t.bytes, { count: formatNumber(count, language) });
  return (
    <Panel id="panel-inspector" title={t.inspectorTitle}>
      <p className="text-sm text-slate-700">{t.inspectorIntro}</p>
      <dl className="flex flex-col gap-2">
        {(
          [
            [t.createdAt, view.createdAt],
            [t.lastAccessedAt, view.lastAccessedAt],
            [t.idleExpiresAt, view.idleExpiresAt],
            [t.absoluteExpiresAt, view.absoluteExpiresAt],
          ] as const
        ).map(([term, iso]) => (
          <Fact key={term} term={term}>
            <Moment iso={iso} language={language} />
          </Fact>
        ))}
      </dl>
      <Table
        caption={t.attributes}
        columns={[
          { label: t.attributeName, className: 'w-1/4' },
          t.attributeValue,
          { label: t.attributeSize, className: 'w-[max(20%,5em)] text-right' },
        ]}
        fixed
        data-testid="inspector-attributes"
      >
        {Object.entries(view.attributes).map(([name, value]) => {
          const size = jsonBytes(value);
          const preview = previewJson(value);
          return (
            <Row key={name} className="align-top">
              {/* An attribute name is one long identifier ("authenticatedAt"), not words: it may break anywhere rather than run into its value on a phone. */}
              <th scope="row" className="font-mono font-normal wrap-anywhere">
                {name}
              </th>
              <td className="font-mono">
                <JsonText text={preview.text} />
                {preview.cut && <span className="font-sans text-slate-600">{format(t.truncated, { bytes: bytes(size) })}</span>}
              </td>
              <td className="text-right tabular-nums wrap-normal" data-bytes={size}>
                {bytes(size)}
              </td>
            </Row>
          );
        })}
      </Table>
    </Panel>
  );
}
