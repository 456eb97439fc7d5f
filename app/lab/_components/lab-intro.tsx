import { IntentLink } from '@/components/intent-link';
import type { ReactNode } from 'react';

/** The top of every lab: a way back, the title, and the claim the lab sets out to prove. */
export function LabIntro({
  title,
  claim,
  claimLabel,
  backLabel,
  children,
}: {
  title: string;
  claim: string;
  claimLabel: string;
  backLabel: string;
  children?: ReactNode;
}) {
  return (
    <div className="flex max-w-3xl flex-col gap-3">
      <p className="text-sm">
        <IntentLink href="/lab" className="text-blue-800 underline underline-offset-4">
          ← {backLabel}
        </IntentLink>
      </p>
      <h1 className="text-2xl font-bold">{title}</h1>
      <div className="rounded-lg border-l-4 border-blue-700 bg-blue-50 p-3">
        <h2 className="text-sm font-semibold uppercase tracking-wide text-blue-900">{claimLabel}</h2>
        <p className="mt-1 text-slate-900" data-testid="lab-claim">
          {claim}
        </p>
      </div>
      {children}
    </div>
  );
}
