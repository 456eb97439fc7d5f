import type { Metadata } from 'next';
import { cookies, headers } from 'next/headers';
import { IntentLink } from '@/components/intent-link';
import { Experiment } from '@/components/lab-kit/experiment';
import { NextLab } from '@/components/lab-kit/next-lab';
import { Row, Table } from '@/components/table';
import { StackEquivalents } from '@/components/stack-equivalents/stack-equivalents';
import { readCurrentUser } from '@/lib/auth/current-user';
import { listMySessions } from '@/lib/auth/session-list';
import { currentDictionary } from '@/lib/next-session/language';
import { format } from '@/lib/i18n/define-messages';
import { formatDateTime } from '@/lib/i18n/format';
import { plural } from '@/lib/i18n/plural';
import { sessionCookieName } from '@/lib/next-session/session-cookie';
import { sealExpiresAt } from '@/lib/stateless/seal-expiry';
import { openStatelessCookie, STATELESS_COOKIE } from '@/lib/stateless/stateless-session';
import { RaceExperiment } from './_components/race-experiment';
import { ReplayExperiment } from './_components/replay-experiment';
import { SignInBoth } from './_components/sign-in-both';
import { SizeExperiment } from './_components/size-experiment';
import { LabIntro } from '../_components/lab-intro';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentDictionary();
  return { title: t.labStateless.title };
}

const link = 'self-start text-blue-800 underline underline-offset-4';

export default async function StatelessLabPage() {
  const [{ language, t }, { session, user }, jar, headerList] = await Promise.all([
    currentDictionary(),
    readCurrentUser(),
    cookies(),
    headers(),
  ]);
  const s = t.labStateless;
  const kit = t.labKit;
  const step = (n: number) => format(kit.step, { n });

  const ourCookie = jar.get(sessionCookieName())?.value;
  const statelessCookie = jar.get(STATELESS_COOKIE)?.value;
  const stateless = await openStatelessCookie(statelessCookie);
  const statelessExpiry = stateless.user ? sealExpiresAt(statelessCookie) : null;
  const mySessions = session && user ? (await listMySessions(session, user)).length : 0;
  const origin = `${headerList.get('x-forwarded-proto') ?? 'http'}://${headerList.get('host') ?? 'localhost:3000'}`;

  const rows: { label: string; ours: string; stateless: string; testId: string }[] = [
    { label: s.rowCookie, ours: sessionCookieName(), stateless: STATELESS_COOKIE, testId: 'row-cookie' },
    {
      label: s.rowHolds,
      ours: ourCookie ? format(s.holdsOurs, { bytes: plural(language, ourCookie.length, kit.bytes) }) : s.holdsNothing,
      stateless: statelessCookie
        ? format(s.holdsStateless, { bytes: plural(language, statelessCookie.length, kit.bytes) })
        : s.holdsNothing,
      testId: 'row-holds',
    },
    { label: s.rowData, ours: s.dataOurs, stateless: s.dataStateless, testId: 'row-data' },
    { label: s.rowSignedIn, ours: user?.name ?? s.nobody, stateless: stateless.user?.name ?? s.nobody, testId: 'row-signed-in' },
    {
      label: s.rowValid,
      ours: s.validOurs,
      stateless: statelessExpiry ? format(s.validStateless, { time: formatDateTime(statelessExpiry, language) }) : '—',
      testId: 'row-valid',
    },
  ];

  return (
    <div className="flex flex-col gap-6">
      <LabIntro title={s.title} claim={s.claim} claimLabel={t.labs.claim} backLabel={t.labs.backToLabs} />

      <Experiment id="stateless-now" title={s.nowTitle}>
        <Table columns={[s.colWhat, s.colOurs, s.colStateless]} look="spaced">
          {rows.map((row) => (
            <Row key={row.testId} look="spaced" className="align-top" data-testid={row.testId}>
              <th scope="row" className="font-medium text-slate-700">
                {row.label}
              </th>
              <td data-testid={`${row.testId}-ours`}>{row.ours}</td>
              <td data-testid={`${row.testId}-stateless`}>{row.stateless}</td>
            </Row>
          ))}
        </Table>
        <p className="text-sm text-slate-700">{s.made}</p>
      </Experiment>

      <Experiment id="lab-sign-in" step={step(1)} title={s.signInTitle}>
        <p className="text-slate-700">{s.signInHow}</p>
        {user ? (
          <SignInBoth name={user.name} t={s} kit={kit} />
        ) : (
          <>
            <p className="text-slate-700">{s.signInFirst}</p>
            <IntentLink href="/login?next=/lab/stateless" className={link}>
              {kit.logInToTry}
            </IntentLink>
          </>
        )}
        <StackEquivalents id="stacks-sign-in" actions={['setAttribute']} t={t.stacks} />
      </Experiment>

      <Experiment id="lab-replay" step={step(2)} title={s.replayTitle}>
        <p className="text-slate-700">{s.replayIntro}</p>
        <ReplayExperiment language={language} t={s} kit={kit} />
        <p className="text-sm text-slate-700">{s.replayCurl}</p>
        <pre className="whitespace-pre-wrap break-all rounded-md bg-slate-900 p-2 font-mono text-xs text-slate-50">
          <code>{`curl -H 'Cookie: ${STATELESS_COOKIE}=PASTE_IT_HERE' ${origin}/api/lab/stateless`}</code>
        </pre>
        <p className="text-sm text-slate-700">{s.replayCurlResult}</p>
        <StackEquivalents id="stacks-replay" actions={['invalidate']} t={t.stacks} />
      </Experiment>

      <Experiment id="lab-revoke" step={step(3)} title={s.revokeTitle}>
        <p className="text-slate-700">{s.revokeIntro}</p>
        {user && (
          <p className="font-medium" data-testid="revoke-count">
            {format(s.revokeCount, { count: mySessions, name: user.name })}
          </p>
        )}
        <IntentLink href="/sessions" className={link}>
          {s.revokeLink}
        </IntentLink>
        <p className="text-slate-700">{s.revokeStateless}</p>
      </Experiment>

      <Experiment id="lab-size" step={step(4)} title={s.sizeTitle}>
        <p className="text-slate-700">{s.sizeIntro}</p>
        <SizeExperiment t={s} kit={kit} language={language} />
        <StackEquivalents id="stacks-size" actions={['setAttribute', 'removeAttribute']} t={t.stacks} />
      </Experiment>

      <Experiment id="lab-race" step={step(5)} title={s.raceTitle}>
        <p className="text-slate-700">{s.raceIntro}</p>
        <RaceExperiment t={s} kit={kit} />
        <p className="text-sm text-slate-700">{s.raceWhy}</p>
      </Experiment>

      <p className="text-xs text-slate-600">{format(kit.tested, { file: 'e2e/lab-stateless.spec.ts' })}</p>
      <NextLab slug="stateless" t={t} />
    </div>
  );
}
