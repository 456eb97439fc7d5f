import { apiRoute } from '@/lib/api/api-route';
import { readJson } from '@/lib/api/read-json';
import { raceAdd, raceBodySchema, raceReset } from '@/lib/stateless/stateless-lab';

/** `{store: "cookie" | "server"}`: adds one pencil to that store's race cart. */
export const POST = apiRoute(async ({ request, session }) => {
  const { store } = await readJson(request, raceBodySchema);
  return raceAdd(session, store);
});

/** Empties both race carts. */
export const DELETE = apiRoute(async ({ session }) => raceReset(session));
