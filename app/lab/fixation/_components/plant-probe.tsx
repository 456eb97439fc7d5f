'use client';

import { LabButton, Outcome } from '@/components/lab-kit/experiment';
import { fill } from '@/components/lab-kit/fill';
import { useLabRequest } from '@/components/lab-kit/use-lab-request';
import type { Dictionary } from '@/lib/i18n/dictionary';

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
export function PlantProbe({ t, kit }: { t: Dictionary['labFixation']; kit: Dictionary['labKit'] }) {
  const { answer, problem, running, run: send } = useLabRequest<PlantAnswer>(kit);
  const run = () => send('POST', '/api/lab/fixation/planted-cookie');

  return (
    <>
      <LabButton onClick={run} disabled={running}>
        {running ? kit.running : t.strictButton}
      </LabButton>
      <Outcome testId="plant-result">
        {problem && <p className="text-red-800">{problem}</p>}
        {answer && (
          <>
            <p>{fill(t.strictPlanted, { id: code(answer.planted, 'plant-planted') })}</p>
            <p className="font-medium text-emerald-900">
              {fill(t.strictAnswered, { id: code(answer.answered.fingerprint, 'plant-answered') })}
            </p>
            <p className="text-slate-700">{fill(t.strictYours, { id: code(answer.yours, 'plant-yours') })}</p>
          </>
        )}
      </Outcome>
    </>
  );
}
