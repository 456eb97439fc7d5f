'use client';

import { useMarkStep, type StartStep } from '@/lib/browser/start-progress';

/** Ticks off a "Start here" step from a server-rendered page, once what it asks for is true. */
export function StepDone({ step, when = true }: { step: StartStep; when?: boolean }) {
  useMarkStep(step, when);
  return null;
}
