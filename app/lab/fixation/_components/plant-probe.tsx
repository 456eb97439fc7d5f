'use client';

import { useState } from 'react';
import { LabButton } from '@/components/lab-kit/lab-button';
import { labButton, Outcome } from '@/components/lab-kit/experiment';
import { fill } from '@/components/lab-kit/fill';
import { errorOf, sendJson } from '@/components/lab-kit/send-json';
import { format } from '@/lib/i18n/define-messages';
import type { LabFixationMessages } from '@/lib/i18n/messages/lab-fixation';
import type { LabKitMessages } from '@/lib/i18n/messages/lab-kit';

interface PlantAnswer {
  planted: string;
  yours: string;
  answered: { fingerprint: string; isNew: boolean };
}

const code = (value: string, testId: string) => (
  <code className="font-mono" data-testid={testId}>
    {value}
  </code>
);

/** Asks the server to read a sealed cookie naming an ID it never issued. */
export function PlantProbe({ t, kit }: { t: LabFixationMessages; kit: LabKitMessages }) {
  const [answer, setAnswer] = useState<PlantAnswer | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [running, setRunning] = useState(false);

  async function run() {
    setRunning(true);
    setProblem(null);
    try {
      const response = await sendJson('POST', '/api/lab/fixation/planted-cookie');
      const error = errorOf(response);
      if (error) setProblem(format(kit.answeredError, { status: response.status, ...error }));
      else setAnswer(response.body as unknown as PlantAnswer);
    } catch {
      setProblem(kit.networkFailed);
    }
    setRunning(false);
  }

  return (
    <>
      <LabButton onClick={run} disabled={running} className={labButton}>
        {running ? kit.running : t.strictButton}
      </LabButton>
      <Outcome testId="plant-result">
        {problem && <p className="text-red-800">{problem}</p>}
        {answer && (
          <>
            <p>{fill(t.strictPlanted, { id: code(answer.planted, 'plant-planted') })}</p>
            <p className="font-medium text-emerald-900">{fill(t.strictAnswered, { id: code(answer.answered.fingerprint, 'plant-answered') })}</p>
            <p className="text-slate-700">{fill(t.strictYours, { id: code(answer.yours, 'plant-yours') })}</p>
          </>
        )}
      </Outcome>
    </>
  );
}
