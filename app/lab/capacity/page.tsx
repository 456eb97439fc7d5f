import type { Metadata } from 'next';
import { LiveSessionSync } from '@/components/live-session-sync';
import { Experiment } from '@/components/lab-kit/experiment';
import { NextLab } from '@/components/lab-kit/next-lab';
import { StoreDownNotice } from '@/components/store-down-notice';
import { jsonBytes } from '@/lib/sizes/byte-size';
import { formatNumber } from '@/lib/i18n/format';
import { plural } from '@/lib/i18n/plural';
import { format } from '@/lib/i18n/define-messages';
import { currentDictionary } from '@/lib/next-session/language';
import { LAB_PAYLOAD_ATTRIBUTE, LAB_PAYLOAD_MAX_KB } from '@/lib/labs/payload';
import { readPageSession, requestCookieWeight } from '@/lib/next-session/request-session';
import { LabIntro } from '../_components/lab-intro';
import { CookieGrower } from './_components/cookie-grower';
import { PayloadForm } from './_components/payload-form';
import { RequestWeight } from './_components/request-weight';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentDictionary();
  return { title: t.labCapacity.title };
}

export default async function CapacityLabPage() {
  const { language, t } = await currentDictionary();
  const l = t.labCapacity;
  const { session, storeDown } = await readPageSession();
  const { sessionCookie, measuredAt, ...measured } = await requestCookieWeight();
  const payload = session?.getAttribute(LAB_PAYLOAD_ATTRIBUTE);
  const payloadBytes = payload === undefined ? null : jsonBytes(payload);
  const sessionBytes = session ? jsonBytes(session.getAttributes()) : 0;
  const bytes = (value: number) => plural(language, value, l.bytes, { count: formatNumber(value, language) });
  return (
    <div className="flex flex-col gap-6">
      <LabIntro title={l.title} claim={l.claim} claimLabel={t.labs.claim} backLabel={t.labs.backToLabs} />
      {storeDown && <StoreDownNotice text={t.common.storeDown} />}
      {session && <LiveSessionSync session={session.fingerprint} t={t.live} restartHref="/lab/capacity" />}
      <div className="grid gap-4 lg:grid-cols-2">
        <Experiment id="step-cookie" title={l.step1} store="cookie">
          <p className="text-sm text-slate-700">{l.step1Intro}</p>
          <CookieGrower language={language} t={l} />
        </Experiment>
        <Experiment id="step-server" title={l.step2} store="server">
          <p className="text-sm text-slate-700">{format(l.step2Intro, { max: LAB_PAYLOAD_MAX_KB })}</p>
          <PayloadForm t={l} working={t.labs.working} />
          <p className="text-sm font-medium" data-testid="payload-size" data-bytes={payloadBytes ?? 0}>
            {payloadBytes === null ? l.payloadNone : format(l.payloadNow, { bytes: bytes(payloadBytes) })}
          </p>
          <p className="text-sm" data-testid="session-size" data-bytes={sessionBytes}>
            {format(l.sessionNow, { bytes: bytes(sessionBytes) })}
          </p>
        </Experiment>
      </div>
      <Experiment id="step-request" title={l.step3}>
        <p className="text-sm text-slate-700">{l.step3Intro}</p>
        <RequestWeight sessionCookie={sessionCookie} measured={measured} measuredAt={measuredAt} language={language} t={l} />
      </Experiment>
      <NextLab slug="capacity" t={t} />
    </div>
  );
}
