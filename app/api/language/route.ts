import { apiRoute } from '@/lib/api/api-route';
import { readJson } from '@/lib/api/read-json';
import { languageBodySchema, setLanguage } from '@/lib/language';

/** `{language}`: en, ko or es. Every page renders in it from the next request on. */
export const PUT = apiRoute(async ({ request, session }) => {
  const body = await readJson(request, languageBodySchema);
  return { language: await setLanguage(session, body.language) };
});
