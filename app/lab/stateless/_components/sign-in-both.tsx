'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { LabButton, Outcome } from '@/components/lab-kit/experiment';
import { format } from '@/lib/i18n/define-messages';
import { useLabRequest } from '@/components/lab-kit/use-lab-request';
import type { Dictionary } from '@/lib/i18n/dictionary';

/** Copies this session's login into the stateless cookie. */
export function SignInBoth({ name, t, kit }: { name: string; t: Dictionary['labStateless']; kit: Dictionary['labKit'] }) {
  const router = useRouter();
  const { running, problem, run, send } = useLabRequest(kit);
  const [done, setDone] = useState<string | null>(null);

  async function signIn() {
    const body = await run(() => send('POST', '/api/lab/stateless/login'));
    const user = body?.user as { name?: string } | undefined;
    if (user?.name) {
      setDone(format(t.signedIn, { name: user.name }));
      router.refresh();
    }
  }

  return (
    <>
      <LabButton onClick={signIn} disabled={running}>
        {running ? kit.running : format(t.signInButton, { name })}
      </LabButton>
      <Outcome testId="stateless-sign-in-result">
        {problem && <p className="text-red-800">{problem}</p>}
        {done && <p className="font-medium text-emerald-900">{done}</p>}
      </Outcome>
    </>
  );
}
