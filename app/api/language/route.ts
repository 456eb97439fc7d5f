import { apiRoute } from '@/lib/api/api-route';
import { readJson } from '@/lib/api/read-json';
import { languageBodySchema, setLanguage } from '@/lib/next-session/language';
import { routeMethods } from '@/lib/api/route-methods';

// Per-session answers, never cached.
export const dynamic = 'force-dynamic';

/** `{language}`: en, ko or es. Every page renders in it from the next request on. */
const handlePut = apiRoute(
  async ({ request, session }) => {
    const body = await readJson(request, languageBodySchema);
    return { language: await setLanguage(session, body.language) };
  },
  { takesBody: true },
);

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({ PUT: handlePut });
