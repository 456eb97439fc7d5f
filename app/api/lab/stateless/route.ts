import { apiRoute } from '@/lib/api/api-route';
import { statelessLabView } from '@/lib/stateless/stateless-lab';

/** What our server session and the stateless demo cookie each say about this browser. */
export const GET = apiRoute(async ({ session }) => statelessLabView(session));
