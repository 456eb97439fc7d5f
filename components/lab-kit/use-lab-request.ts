'use client';

import { useState } from 'react';
import { format } from '@/lib/i18n/define-messages';
import type { LabKitMessages } from '@/lib/i18n/messages/lab-kit';
import { errorOf, sendJson } from './send-json';

/** One button's request to the lab API: its answer, or a problem in words, and whether it is running. */
export function useLabRequest<Answer>(kit: LabKitMessages) {
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [running, setRunning] = useState(false);

  async function run(method: string, path: string) {
    setRunning(true);
    setProblem(null);
    try {
      const response = await sendJson(method, path);
      const error = errorOf(response);
      if (error) setProblem(format(kit.answeredError, { status: response.status, ...error }));
      else setAnswer(response.body as unknown as Answer);
    } catch {
      setProblem(kit.networkFailed);
    }
    setRunning(false);
  }

  return { answer, problem, running, run };
}
