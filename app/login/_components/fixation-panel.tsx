import { Fact, Panel } from '@/components/panel';
import { format } from '@/lib/i18n/define-messages';
import type { Dictionary } from '@/lib/i18n/dictionary';

/** The session fingerprint before and after login, and why it changes (session fixation). */
export function FixationPanel({
  t,
  now,
  before,
  after,
}: {
  t: Dictionary['auth'];
  /** The fingerprint this page was rendered with. */
  now: string | null;
  /** Set once a login succeeded. */
  before?: string;
  after?: string;
}) {
  // A fingerprint is read as one string: kept on one line (a Fact's value column makes room for it).
  const code = (value: string, testId: string) => (
    <code className="font-mono whitespace-nowrap" data-testid={testId}>
      {value}
    </code>
  );
  return (
    <Panel id="panel-fixation" title={t.fixationTitle}>
      <dl className="flex flex-col gap-2">
        {before && after ? (
          <>
            <Fact term={t.fixationBefore}>{code(before, 'fingerprint-before')}</Fact>
            <Fact term={t.fixationAfter}>{code(after, 'fingerprint-after')}</Fact>
          </>
        ) : (
          now && <Fact term={t.fixationNow}>{code(now, 'fingerprint-before')}</Fact>
        )}
      </dl>
      <p className="text-xs text-slate-600">{t.fingerprintHint}</p>
      {before && after && <p className="text-sm font-medium text-slate-900">{format(t.fixationDone, { before, after })}</p>}
      <p className="text-sm text-slate-700">{t.fixationWhy}</p>
    </Panel>
  );
}
