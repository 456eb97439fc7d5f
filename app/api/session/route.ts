import { apiRoute } from '@/lib/api/api-route';
import { sessionView } from '@/lib/session-view';

/** This visitor's session, created if absent. `id` is a fingerprint, never the real ID. */
export const GET = apiRoute(async ({ session }) => ({ session: sessionView(session) }));
