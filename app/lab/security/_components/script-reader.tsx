'use client';

import { useState } from 'react';
import { LabButton, Outcome } from '@/components/lab-kit/experiment';
import { format } from '@/lib/i18n/define-messages';
import type { Dictionary } from '@/lib/i18n/dictionary';

interface Reading {
  cookies: [string, string][];
  storage: [string, string][];
  /** What GET /api/session answered the script: the session is usable even if unreadable. */
  fingerprint: string | null;
}

const shorten = (value: string) => (value.length > 120 ? `${value.slice(0, 120)}…` : value);

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Everything a script running in this page can get at: the XSS's view. */
export function readAsScript(): Omit<Reading, 'fingerprint'> {
  const cookies = document.cookie
    .split('; ')
    .filter(Boolean)
    .map((pair): [string, string] => {
      const at = pair.indexOf('=');
      return at < 0 ? [pair, ''] : [pair.slice(0, at), decode(pair.slice(at + 1))];
    });
  const storage = Array.from({ length: sessionStorage.length }, (_, index) => sessionStorage.key(index) ?? '')
    .filter(Boolean)
    .map((key): [string, string] => [key, sessionStorage.getItem(key) ?? '']);
  return { cookies, storage };
}

export function ScriptReader({
  sessionCookieName,
  t,
  kit,
}: {
  sessionCookieName: string;
  t: Dictionary['labSecurity'];
  kit: Dictionary['labKit'];
}) {
  const [reading, setReading] = useState<Reading | null>(null);
  const [running, setRunning] = useState(false);

  async function run() {
    setRunning(true);
    const found = readAsScript();
    let fingerprint: string | null = null;
    try {
      const response = await fetch('/api/session', { cache: 'no-store' });
      fingerprint = ((await response.json()) as { session?: { id?: string } }).session?.id ?? null;
    } catch {
      // The reading above is the lesson; the fetch only adds to it.
    }
    setReading({ ...found, fingerprint });
    setRunning(false);
  }

  return (
    <>
      <LabButton onClick={run} disabled={running}>
        {running ? kit.running : t.runScript}
      </LabButton>
      <Outcome testId="script-reading">
        {reading && (
          <>
            <h3 className="font-semibold">{format(t.cookieHeading, { count: reading.cookies.length })}</h3>
            <List entries={reading.cookies} empty={t.nothing} separator="=" testId="readable-cookie" />
            {!reading.cookies.some(([name]) => name === sessionCookieName) && (
              <p className="font-medium text-emerald-900" data-testid="session-cookie-missing">
                {format(t.cookieMissing, { name: sessionCookieName })}
              </p>
            )}
            <h3 className="mt-2 font-semibold">{format(t.storageHeading, { count: reading.storage.length })}</h3>
            <List entries={reading.storage} empty={t.nothing} separator=": " testId="readable-storage" />
            {reading.fingerprint && (
              <p className="mt-2 font-medium text-red-900" data-testid="script-used-session">
                {format(t.canStillUse, { id: reading.fingerprint })}
              </p>
            )}
          </>
        )}
      </Outcome>
    </>
  );
}

function List({ entries, empty, separator, testId }: { entries: [string, string][]; empty: string; separator: string; testId: string }) {
  if (entries.length === 0) return <p className="text-slate-700">{empty}</p>;
  return (
    <ul className="flex flex-col gap-1">
      {entries.map(([name, value]) => (
        <li key={name} data-testid={testId} data-name={name} className="break-all font-mono text-xs">
          <strong>{name}</strong>
          {separator}
          {shorten(value)}
        </li>
      ))}
    </ul>
  );
}
