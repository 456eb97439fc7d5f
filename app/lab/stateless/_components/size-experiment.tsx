'use client';

import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { LabButton, Outcome } from '@/components/lab-kit/experiment';
import { format } from '@/lib/i18n/define-messages';
import type { Language } from '@/lib/i18n/languages';
import { plural } from '@/lib/i18n/plural';
import { useLabRequest } from '@/components/lab-kit/use-lab-request';
import type { Dictionary } from '@/lib/i18n/dictionary';

const SIZES = [1024, 2048, 3072, 5120];

type Stored = { bytes: number; cookie: { stored: true; cookieBytes: number } | { stored: false; error: string } };

/** Stores the same note in our session and in the stateless cookie; the cookie refuses past 4 KB. */
export function SizeExperiment({ t, kit, language }: { t: Dictionary['labStateless']; kit: Dictionary['labKit']; language: Language }) {
  const router = useRouter();
  const selectId = useId();
  const [bytes, setBytes] = useState(SIZES[2]!);
  const { running, problem, run, send } = useLabRequest(kit);
  const [stored, setStored] = useState<Stored | null>(null);
  const [removed, setRemoved] = useState(false);

  async function store() {
    setRemoved(false);
    const result = await run(async () => {
      const body = (await send('PUT', '/api/lab/stateless/note', { bytes })) as unknown as {
        bytes: number;
        cookie: { stored: boolean; error?: string };
      };
      if (!body.cookie.stored) return { bytes: body.bytes, cookie: { stored: false, error: body.cookie.error ?? '' } } as Stored;
      // The new cookie's size, as the browser now sends it.
      const view = (await send('GET', '/api/lab/stateless')) as { stateless?: { cookieBytes?: number } };
      return { bytes: body.bytes, cookie: { stored: true, cookieBytes: view.stateless?.cookieBytes ?? 0 } } as Stored;
    });
    if (result) {
      setStored(result);
      router.refresh();
    }
  }

  async function remove() {
    const body = await run(() => send('DELETE', '/api/lab/stateless/note'));
    if (body) {
      setStored(null);
      setRemoved(true);
      router.refresh();
    }
  }

  return (
    <>
      <div className="flex flex-wrap items-end gap-2">
        <div className="flex flex-col gap-1">
          <label htmlFor={selectId} className="text-sm font-medium">
            {t.sizeLabel}
          </label>
          <select
            id={selectId}
            value={bytes}
            onChange={(event) => setBytes(Number(event.target.value))}
            className="rounded-md border border-slate-400 bg-white px-2 py-2 text-sm"
          >
            {SIZES.map((size) => (
              <option key={size} value={size}>
                {size / 1024} KB ({size} B)
              </option>
            ))}
          </select>
        </div>
        <LabButton onClick={store} disabled={running}>
          {running ? kit.running : t.sizeButton}
        </LabButton>
        <LabButton onClick={remove} disabled={running} variant="secondary">
          {t.sizeRemove}
        </LabButton>
      </div>
      <Outcome testId="size-result">
        {problem && <p className="text-red-800">{problem}</p>}
        {removed && <p>{t.sizeRemoved}</p>}
        {stored && (
          <>
            <p className="font-medium text-emerald-900" data-testid="size-server">
              {format(t.sizeServer, { bytes: plural(language, stored.bytes, kit.bytes) })}
            </p>
            <p className={stored.cookie.stored ? 'font-medium text-emerald-900' : 'font-medium text-red-900'} data-testid="size-cookie">
              {stored.cookie.stored
                ? format(t.sizeCookieStored, { cookie: plural(language, stored.cookie.cookieBytes, kit.bytes) })
                : format(t.sizeCookieRefused, { error: stored.cookie.error })}
            </p>
          </>
        )}
      </Outcome>
    </>
  );
}
