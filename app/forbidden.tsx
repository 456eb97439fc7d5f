import { IntentLink } from '@/components/intent-link';
import { currentDictionary } from '@/lib/next-session/language';

/** What forbidden() renders, with status 403: a signed-in user without the role a page needs. */
export default async function Forbidden() {
  const { t } = await currentDictionary();
  return (
    <div className="flex max-w-2xl flex-col gap-3">
      <h1 className="text-2xl font-bold">{t.auth.forbiddenTitle}</h1>
      <p className="text-slate-700">{t.auth.forbiddenText}</p>
      <IntentLink href="/" className="self-start text-blue-800 underline underline-offset-4">
        {t.auth.backHome}
      </IntentLink>
    </div>
  );
}
