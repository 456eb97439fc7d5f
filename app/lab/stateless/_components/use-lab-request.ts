'use client';

import { useState } from 'react';
import { errorOf, sendJson, type JsonAnswer } from '@/components/lab-kit/send-json';
import { format } from '@/lib/i18n/define-messages';
import type { LabKitMessages } from '@/lib/i18n/messages/lab-kit';

/**
 * One lab button's request cycle: running flag, the error line (an API error
 * or a network failure, in the visitor's language), and the answer's body.
 */
export function useLabRequest(kit: LabKitMessages) {
  const [running, setRunning] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function run<T>(work: () => Promise<T>): Promise<T | null> {
    setRunning(true);
    setProblem(null);
    try {
      return await work();
    } catch (error) {
      setProblem(error instanceof LabRequestError ? error.message : kit.networkFailed);
      return null;
    } finally {
      setRunning(false);
    }
  }

  /** Sends and returns the body, or throws with the server's refusal in words. */
  async function send(method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
    const answer: JsonAnswer = await sendJson(method, path, { body });
    const error = errorOf(answer);
    if (error || answer.status >= 400) {
      throw new LabRequestError(
        format(kit.answeredError, { status: answer.status, code: error?.code ?? '', message: error?.message ?? '' }),
      );
    }
    return answer.body;
  }

  return { running, problem, run, send };
}

class LabRequestError extends Error {}
