'use client';

import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { LabButton, Outcome } from '@/components/lab-kit/experiment';
import { csrfToken, sendJson } from '@/components/lab-kit/send-json';
import { format } from '@/lib/i18n/define-messages';
import { useLabRequest } from '@/components/lab-kit/use-lab-request';
import type { Dictionary } from '@/lib/i18n/dictionary';

const COUNTS = [5, 10, 20];

interface Tally {
  sent: number;
  count: number;
  failed: number;
}

/**
 * Fires N "add a pencil" requests at once at each cart, as N tabs clicking
 * together would, then reads both carts back.
 */
export function RaceExperiment({ t, kit }: { t: Dictionary['labStateless']; kit: Dictionary['labKit'] }) {
  const router = useRouter();
  const selectId = useId();
  const [sent, setSent] = useState(COUNTS[1]!);
  const { running, problem, run, send } = useLabRequest(kit);
  const [tallies, setTallies] = useState<{ cookie: Tally; server: Tally } | null>(null);

  async function race() {
    const result = await run(async () => {
      await send('DELETE', '/api/lab/stateless/race');
      const token = await csrfToken();
      const burst = async (store: 'cookie' | 'server') => {
        const answers = await Promise.all(
          Array.from({ length: sent }, () => sendJson('POST', '/api/lab/stateless/race', { body: { store }, token }).catch(() => null)),
        );
        return answers.filter((answer) => !answer || answer.status !== 200).length;
      };
      const cookieFailed = await burst('cookie');
      const serverFailed = await burst('server');
      const view = (await send('GET', '/api/lab/stateless')) as {
        server: { raceCartCount: number };
        stateless: { raceCartCount: number };
      };
      return {
        cookie: { sent, count: view.stateless.raceCartCount, failed: cookieFailed },
        server: { sent, count: view.server.raceCartCount, failed: serverFailed },
      };
    });
    if (result) {
      setTallies(result);
      router.refresh();
    }
  }

  const line = (template: string, tally: Tally) =>
    format(template, { sent: tally.sent, count: tally.count, lost: tally.sent - tally.failed - tally.count });
  return (
    <>
      <div className="flex flex-wrap items-end gap-2">
        <div className="flex flex-col gap-1">
          <label htmlFor={selectId} className="text-sm font-medium">
            {t.raceLabel}
          </label>
          <select
            id={selectId}
            value={sent}
            onChange={(event) => setSent(Number(event.target.value))}
            className="rounded-md border border-slate-400 bg-white px-2 py-2 text-sm"
          >
            {COUNTS.map((count) => (
              <option key={count} value={count}>
                {count}
              </option>
            ))}
          </select>
        </div>
        <LabButton onClick={race} disabled={running}>
          {running ? kit.running : t.raceButton}
        </LabButton>
      </div>
      <Outcome testId="race-result">
        {problem && <p className="text-red-800">{problem}</p>}
        {tallies && (
          <>
            <p className="font-medium text-red-900" data-testid="race-cookie" data-kept={tallies.cookie.count}>
              {line(t.raceCookie, tallies.cookie)}
            </p>
            <p className="font-medium text-emerald-900" data-testid="race-server" data-kept={tallies.server.count}>
              {line(t.raceServer, tallies.server)}
            </p>
            {tallies.cookie.failed + tallies.server.failed > 0 && (
              <p className="text-red-800">{format(t.raceFailed, { count: tallies.cookie.failed + tallies.server.failed })}</p>
            )}
          </>
        )}
      </Outcome>
    </>
  );
}
