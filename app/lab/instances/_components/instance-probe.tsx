'use client';

import { useRef, useState } from 'react';
import { Row, Table } from '@/components/table';
import { format } from '@/lib/i18n/define-messages';
import type { Dictionary } from '@/lib/i18n/dictionary';
import type { Language } from '@/lib/i18n/languages';
import { plural } from '@/lib/i18n/plural';
import { readOnce, writeOnce, type ProbeAnswer } from './probe-requests';
import { LabButton } from '@/components/lab-kit/experiment';

const BATCH = 10;

/** Writes the session has counted so far, on every instance together. */
const counted = (answer: { instanceHits?: Record<string, number> }) =>
  Object.values(answer.instanceHits ?? {}).reduce((sum, count) => sum + count, 0);

function summarize(batch: ProbeAnswer[], t: Dictionary['labInstances'], language: Language): string {
  const failed = batch.find((answer) => answer.status !== 200);
  if (failed) return format(t.failed, { message: `${failed.status} ${failed.error ?? ''}`.trim() });
  const instances = new Set(batch.map((answer) => answer.servedBy));
  const sessions = new Set(batch.map((answer) => answer.session));
  const counts = format(t.summary, {
    answers: plural(language, batch.length, t.answers),
    instances: plural(language, instances.size, t.instances),
    sessions: plural(language, sessions.size, t.sessions),
  });
  const verdict = sessions.size > 1 ? t.differentSessions : instances.size < 2 ? t.oneInstance : t.sameSession;
  return `${counts} ${verdict}`;
}

/** Fires requests at whichever instance the balancer picks and lists who answered, with which session. */
export function InstanceProbe({ t, language }: { t: Dictionary['labInstances']; language: Language }) {
  const [answers, setAnswers] = useState<ProbeAnswer[]>([]);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const next = useRef(1);

  const record = (answer: ProbeAnswer) => setAnswers((previous) => [answer, ...previous].slice(0, 50));

  async function run(work: () => Promise<string>) {
    setBusy(true);
    setStatus(t.sending);
    try {
      setStatus(await work());
    } catch (error) {
      setStatus(format(t.failed, { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  }

  const sendReads = () =>
    run(async () => {
      const batch: ProbeAnswer[] = [];
      for (let i = 0; i < BATCH; i++) {
        const answer = await readOnce(next.current++);
        batch.push(answer);
        record(answer);
      }
      return summarize(batch, t, language);
    });

  const sendWrites = () =>
    run(async () => {
      const first = await readOnce(next.current++);
      record(first);
      if (first.status !== 200 || !first.csrfToken) return summarize([first], t, language);
      const numbers = Array.from({ length: BATCH }, () => next.current++);
      const batch = await Promise.all(numbers.map((n) => writeOnce(n, first.csrfToken!)));
      batch.forEach(record);
      const after = await readOnce(next.current++);
      record(after);
      // The summary counts the writes only; the read after them is how we check them.
      if ([...batch, after].some((answer) => answer.status !== 200)) return summarize([...batch, after], t, language);
      const detail = Object.entries(after.instanceHits ?? {})
        .map(([instance, count]) => `${instance}: ${count}`)
        .join(', ');
      // Measured, not assumed: the count before and after (another tab's writes can only add).
      const added = counted(after) - counted(first);
      const raced = new Set(batch.map((answer) => answer.servedBy)).size > 1;
      const verdict =
        added >= BATCH ? format(raced ? t.noneLostRaced : t.noneLost, { sent: BATCH }) : format(t.someLost, { added, sent: BATCH });
      return `${summarize(batch, t, language)} ${format(t.hitsTotal, { total: counted(after), detail })} ${verdict}`;
    });

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap gap-3">
        <HintedButton id="reads-hint" onClick={sendReads} disabled={busy} label={t.reads} hint={t.readsHint} />
        <HintedButton id="writes-hint" onClick={sendWrites} disabled={busy} label={t.writes} hint={t.writesHint} />
      </div>
      <p role="status" aria-live="polite" className="min-h-6 text-sm text-slate-900" data-testid="probe-status">
        {status}
      </p>
      {answers.length > 0 && (
        <Table caption={t.results} columns={[t.colNumber, t.colRequest, t.colServedBy, t.colSession, t.colStatus]} look="spaced" scroll>
          {answers.map((answer) => (
            <Row key={answer.n} look="spaced">
              <td className="tabular-nums">{answer.n}</td>
              <td>{answer.kind === 'read' ? t.readKind : t.writeKind}</td>
              <td className="font-mono" data-testid="answer-served-by">
                {answer.servedBy}
              </td>
              <td className="font-mono">{answer.session}</td>
              <td className="tabular-nums">{answer.status}</td>
            </Row>
          ))}
        </Table>
      )}
    </div>
  );
}

/** A button with a line under it that says what it sends. */
function HintedButton({
  id,
  onClick,
  disabled,
  label,
  hint,
}: {
  id: string;
  onClick: () => void;
  disabled: boolean;
  label: string;
  hint: string;
}) {
  return (
    <div className="flex flex-col gap-1">
      <LabButton type="button" onClick={onClick} disabled={disabled} aria-describedby={id}>
        {label}
      </LabButton>
      <span id={id} className="max-w-xs text-xs text-slate-600">
        {hint}
      </span>
    </div>
  );
}
