import type { Metadata } from 'next';
import { IntentLink } from '@/components/intent-link';
import { currentDictionary } from '@/lib/next-session/language';
import { labPath, LABS } from '@/lib/labs/labs';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentDictionary();
  return { title: t.labs.title };
}

/** Every lab, a link with its claim in one line. */
export default async function LabIndexPage() {
  const { t } = await currentDictionary();
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{t.labs.title}</h1>
        <p className="mt-2 text-slate-700">{t.labs.intro}</p>
      </div>
      <ul aria-label={t.labs.listLabel} className="flex flex-col gap-3">
        {LABS.map(({ slug }) => (
          <li key={slug} className="rounded-lg border border-slate-300 bg-white p-4" data-lab={slug}>
            <IntentLink href={labPath(slug)} className="text-lg font-semibold text-blue-800 underline underline-offset-4">
              {t.labs[`${slug}Title`]}
            </IntentLink>
            <p className="mt-1 text-slate-700">{t.labs[`${slug}Summary`]}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
