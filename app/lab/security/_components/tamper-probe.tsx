'use client';

import { LabButton, Outcome } from '@/components/lab-kit/experiment';
import { fill } from '@/components/lab-kit/fill';
import { useLabRequest } from '@/components/lab-kit/use-lab-request';
import type { Dictionary } from '@/lib/i18n/dictionary';

interface ProbeAnswer {
  yours: string;
  answered: { fingerprint: string; isNew: boolean };
}

/** Asks the server to read a copy of this browser's session cookie with one character changed. */
export function TamperProbe({ t, kit }: { t: Dictionary['labSecurity']; kit: Dictionary['labKit'] }) {
  const { answer, problem, running, run: send } = useLabRequest<ProbeAnswer>(kit);
  const run = () => send('POST', '/api/lab/security/tampered-cookie');

  return (
    <>
      <LabButton onClick={run} disabled={running}>
        {running ? kit.running : t.tamperButton}
      </LabButton>
      <Outcome testId="tamper-result">
        {problem && <p className="text-red-800">{problem}</p>}
        {answer && (
          <>
            <p>
              {fill(t.tamperYours, {
                id: (
                  <code className="font-mono" data-testid="tamper-yours">
                    {answer.yours}
                  </code>
                ),
              })}
            </p>
            <p className="font-medium">
              {fill(t.tamperAnswered, {
                id: (
                  <code className="font-mono" data-testid="tamper-answered">
                    {answer.answered.fingerprint}
                  </code>
                ),
              })}
            </p>
            <p className="text-slate-700">{t.tamperNote}</p>
          </>
        )}
      </Outcome>
    </>
  );
}
