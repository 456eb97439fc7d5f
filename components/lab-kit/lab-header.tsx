import Link from 'next/link';
import type { ReactNode } from 'react';
import type { LabKitMessages } from '@/lib/i18n/messages/lab-kit';

/** A lab's opening: its title, the claim it proves, and the way back. */
export function LabHeader({ title, claim, t, children }: { title: string; claim: string; t: LabKitMessages; children?: ReactNode }) {
  return (
    <div className="flex max-w-3xl flex-col gap-2">
      <Link href="/" className="self-start text-sm text-blue-800 underline underline-offset-4">
        {t.backToDashboard}
      </Link>
      <h1 className="text-2xl font-bold">{title}</h1>
      <div className="rounded-lg border-l-4 border-blue-700 bg-blue-50 p-3">
        <p className="text-sm font-semibold text-blue-950">{t.claim}</p>
        <p className="text-blue-950">{claim}</p>
      </div>
      {children}
    </div>
  );
}
