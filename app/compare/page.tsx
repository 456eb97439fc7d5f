import type { Metadata } from 'next';
import { IntentLink } from '@/components/intent-link';
import { currentDictionary } from '@/lib/next-session/language';
import { fill } from '@/components/lab-kit/fill';
import { CompareTable, type CompareRow } from './_components/compare-table';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentDictionary();
  return { title: t.compare.title };
}

export const dynamic = 'force-dynamic';

export default async function ComparePage() {
  const { t } = await currentDictionary();
  const c = t.compare;
  const labs = {
    tabs: { href: '/lab/tabs', name: c.labTabs },
    lifetime: { href: '/lab/lifetime', name: c.labLifetime },
    capacity: { href: '/lab/capacity', name: c.labCapacity },
    security: { href: '/lab/security', name: c.labSecurity },
    stateless: { href: '/lab/stateless', name: c.labStateless },
    crossSite: { href: '/lab/cross-site', name: c.labCrossSite },
    reauth: { href: '/lab/reauth', name: c.labReauth },
  };

  // The article's rows, in its order; e2e/compare.spec.ts proves each one.
  const cookieRows: CompareRow[] = [
    {
      id: 'cookie-stored',
      aspect: c.rowStored,
      session: c.sessionStored,
      other: c.cookieStored,
      lab: labs.stateless,
      also: labs.crossSite,
    },
    { id: 'cookie-security', aspect: c.rowSecurity, session: c.sessionSecurity, other: c.cookieSecurity, lab: labs.security },
    { id: 'cookie-capacity', aspect: c.rowCapacity, session: c.sessionCapacity, other: c.cookieCapacity, lab: labs.capacity },
    { id: 'cookie-lifetime', aspect: c.rowLifetime, session: c.sessionLifetime, other: c.cookieLifetime, lab: labs.lifetime },
    { id: 'cookie-best-for', aspect: c.rowBestFor, session: c.sessionBestFor, other: c.cookieBestFor, lab: labs.security },
    // Two rows the article lacks, each shown by a lab of its own.
    { id: 'cookie-cross-site', aspect: c.rowCrossSite, session: c.sessionCrossSite, other: c.cookieCrossSite, lab: labs.crossSite },
    { id: 'cookie-revocation', aspect: c.rowRevocation, session: c.sessionRevocation, other: c.cookieRevocation, lab: labs.reauth },
  ];
  const storageRows: CompareRow[] = [
    { id: 'storage-stored', aspect: c.rowStored, session: c.sessionStored, other: c.storageStored, lab: labs.tabs },
    { id: 'storage-scope', aspect: c.rowScope, session: c.sessionScope, other: c.storageScope, lab: labs.tabs },
    { id: 'storage-lifetime', aspect: c.rowLifetime, session: c.sessionLifetime, other: c.storageLifetime, lab: labs.lifetime },
    { id: 'storage-sharing', aspect: c.rowSharing, session: c.sessionSharing, other: c.storageSharing, lab: labs.tabs },
    { id: 'storage-security', aspect: c.rowSecurity, session: c.sessionSecurity, other: c.storageSecurity, lab: labs.security },
    { id: 'storage-uses', aspect: c.rowUses, session: c.sessionUses, other: c.storageUses, lab: labs.lifetime },
  ];
  // The contrast learners ask about: e2e/compare-local.spec.ts proves each row.
  const localRows: CompareRow[] = [
    { id: 'local-stored', aspect: c.rowStored, session: c.sessionStored, other: c.localStored, lab: labs.tabs },
    { id: 'local-sharing', aspect: c.rowSharing, session: c.sessionSharing, other: c.localSharing, lab: labs.tabs },
    { id: 'local-lifetime', aspect: c.rowLifetime, session: c.sessionLifetime, other: c.localLifetime, lab: labs.lifetime },
  ];
  const fixes = [
    { id: 'fix-1', wrong: c.fix1Wrong, right: c.fix1Right, lab: labs.lifetime },
    { id: 'fix-2', wrong: c.fix2Wrong, right: c.fix2Right, lab: labs.tabs },
    { id: 'fix-3', wrong: c.fix3Wrong, right: c.fix3Right, lab: labs.security },
    { id: 'fix-4', wrong: c.fix4Wrong, right: c.fix4Right, lab: labs.lifetime },
    { id: 'fix-5', wrong: c.fix5Wrong, right: c.fix5Right, lab: labs.security },
  ];

  return (
    <div className="flex flex-col gap-8">
      <div className="max-w-3xl">
        <h1 className="text-2xl font-bold">{c.title}</h1>
        <p className="mt-2 text-slate-700">{c.intro}</p>
      </div>
      <CompareTable
        id="compare-cookie"
        caption={c.cookieTable}
        columns={[c.colAspect, c.colSession, c.colCookie, c.colProof]}
        stores={['server', 'cookie']}
        rows={cookieRows}
      />
      <CompareTable
        id="compare-storage"
        caption={c.storageTable}
        columns={[c.colAspect, c.colSession, c.colStorage, c.colProof]}
        stores={['server', 'sessionStorage']}
        rows={storageRows}
      />
      <CompareTable
        id="compare-local"
        caption={c.localTable}
        intro={c.localIntro}
        columns={[c.colAspect, c.colSession, c.colLocal, c.colProof]}
        stores={['server', 'localStorage']}
        rows={localRows}
      />
      <section aria-labelledby="compare-fixes" className="flex max-w-3xl flex-col gap-3">
        <h2 id="compare-fixes" className="text-xl font-semibold">
          {c.fixesTitle}
        </h2>
        <ul className="flex flex-col gap-3">
          {fixes.map((fix) => (
            <li key={fix.id} className="rounded-lg border border-slate-300 bg-white p-3" data-testid={fix.id}>
              <p className="text-slate-700">
                <strong className="text-red-800">{c.wrongLabel}</strong> {fix.wrong}
              </p>
              <p className="mt-1 text-slate-900">
                <strong className="text-emerald-800">{c.rightLabel}</strong> {fix.right}
              </p>
              <p className="mt-1 text-sm">
                {fill(c.fixProof, {
                  lab: (
                    <IntentLink href={fix.lab.href} className="text-blue-800 underline underline-offset-4">
                      {fix.lab.name}
                    </IntentLink>
                  ),
                })}
              </p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
