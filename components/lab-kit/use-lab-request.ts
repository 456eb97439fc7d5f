'use client';

import { useState } from 'react';
import { format } from '@/lib/i18n/define-messages';
import { errorOf, sendJson } from './send-json';
import type { Dictionary } from '@/lib/i18n/dictionary';

class LabRequestError extends Error {}

/**
 * The one request cycle of every lab button: whether it is running, the
 * problem in the visitor's words (the API's refusal or a network failure),
 * and the last answer.
 *
 * - `run(method, path)`: one request; its body becomes `answer`.
 * - `run(async () => { ... await send(...) ... })`: several steps; a refusal
 *   from `send` (or a network failure) ends them and becomes `problem`.
 */
export function useLabRequest<Answer = Record<string, unknown>>(kit: Dictionary['labKit']) {
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [running, setRunning] = useState(false);

  /** Sends and returns the body, or throws with the server's refusal in words. */
  async function send(method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
    const response = await sendJson(method, path, { body });
    const error = errorOf(response);
    if (error || response.status >= 400) {
      throw new LabRequestError(
        format(kit.answeredError, { status: response.status, code: error?.code ?? '', message: error?.message ?? '' }),
      );
    }
    return response.body;
  }

  function run(method: string, path: string): Promise<Answer | null>;
  function run<T>(work: () => Promise<T>): Promise<T | null>;
  async function run<T>(work: string | (() => Promise<T>), path?: string): Promise<T | Answer | null> {
    setRunning(true);
    setProblem(null);
    try {
      if (typeof work !== 'string') return await work();
      const body = (await send(work, path!)) as Answer;
      setAnswer(body);
      return body;
    } catch (error) {
      setProblem(error instanceof LabRequestError ? error.message : kit.networkFailed);
      return null;
    } finally {
      setRunning(false);
    }
  }

  return { answer, problem, running, run, send };
}
