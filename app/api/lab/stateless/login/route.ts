import { apiRoute } from '@/lib/api/api-route';
import { statelessSignIn } from '@/lib/stateless/stateless-lab';

/** Signs the stateless demo cookie in as the user of this session (401 when signed out). */
export const POST = apiRoute(async ({ session }) => statelessSignIn(session));
