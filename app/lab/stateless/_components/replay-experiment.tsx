'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { LabButton, Outcome } from '@/components/lab-kit/experiment';
import { format } from '@/lib/i18n/define-messages';
import { formatDateTime } from '@/lib/i18n/format';
import type { Language } from '@/lib/i18n/languages';
import { useLabRequest } from '@/components/lab-kit/use-lab-request';
import type { Dictionary } from '@/lib/i18n/dictionary';
import { markStep } from '@/lib/browser/start-progress';

interface Replayed {
  server: { sessionFound: boolean };
  stateless: { user: { name: string } | null; expiresAt: string | null };
}

/** Logs out of both, then shows what the copies of both cookies still open. */
export function ReplayExperiment({ language, t, kit }: { language: Language; t: Dictionary['labStateless']; kit: Dictionary['labKit'] }) {
  const router = useRouter();
  const { running, problem, run, send } = useLabRequest(kit);
  const [replayed, setReplayed] = useState<Replayed | null>(null);

  async function replay() {
    const body = await run(() => send('POST', '/api/lab/stateless/replay'));
    if (!body) return;
    const result = body as unknown as Replayed;
    setReplayed(result);
    // "Start here": the replayed stateless copy still opened a session.
    if (result.stateless.user) markStep('stateless-replay');
    router.refresh();
  }

  const user = replayed?.stateless.user;
  return (
    <>
      <LabButton onClick={replay} disabled={running}>
        {running ? kit.running : t.replayButton}
      </LabButton>
      <Outcome testId="replay-result">
        {problem && <p className="text-red-800">{problem}</p>}
        {replayed && (
          <>
            <p className="font-medium text-emerald-900" data-testid="replay-ours">
              {replayed.server.sessionFound ? t.replayOursAlive : t.replayOursGone}
            </p>
            <p className="font-medium text-red-900" data-testid="replay-stateless">
              {user
                ? format(t.replayStatelessUser, {
                    name: user.name,
                    time: replayed.stateless.expiresAt ? formatDateTime(replayed.stateless.expiresAt, language) : '?',
                  })
                : t.replayStatelessNobody}
            </p>
          </>
        )}
      </Outcome>
    </>
  );
}
