import { IntentLink } from '@/components/intent-link';
import { format } from '@/lib/i18n/define-messages';
import type { Dictionary } from '@/lib/i18n/dictionary';
import { labPath, LABS, type LabSlug } from '@/lib/labs/labs';

const link = 'text-blue-800 underline underline-offset-4';

/**
 * The end of every lab: which lab comes next, in the order the lab index
 * lists them (lib/labs/labs.ts), and the ways back to the index and to
 * "Start here". After the last lab the path goes on to the comparison tables,
 * which gather what the labs showed. Links only (the site's IntentLink): no state of its own in the browser.
 */
export function NextLab({ slug, t }: { slug: LabSlug; t: Pick<Dictionary, 'labs' | 'start'> }) {
  const index = LABS.findIndex((lab) => lab.slug === slug);
  const next = LABS[index + 1];
  return (
    <nav
      aria-label={t.labs.pathLabel}
      className="flex max-w-3xl flex-col gap-2 rounded-xl border border-slate-300 bg-white p-4"
      data-testid="next-lab"
    >
      <p className="text-sm text-slate-600">{format(t.labs.pathPosition, { number: index + 1, total: LABS.length })}</p>
      {next ? (
        <>
          <IntentLink href={labPath(next.slug)} rel="next" className={`${link} text-lg font-semibold`}>
            {format(t.labs.pathNext, { title: t.labs[`${next.slug}Title`] })}
            <span aria-hidden="true"> →</span>
          </IntentLink>
          <p className="text-slate-700">{t.labs[`${next.slug}Summary`]}</p>
        </>
      ) : (
        <>
          <p className="text-slate-700">{t.labs.pathLast}</p>
          <IntentLink href="/compare" className={`${link} text-lg font-semibold`}>
            {t.labs.pathCompare}
            <span aria-hidden="true"> →</span>
          </IntentLink>
        </>
      )}
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <IntentLink href="/lab" className={link}>
          {t.labs.backToLabs}
        </IntentLink>
        <IntentLink href="/start" className={link}>
          {t.labs.pathStart}
        </IntentLink>
      </p>
    </nav>
  );
}
