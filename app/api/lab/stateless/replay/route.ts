import { apiRoute } from '@/lib/api/api-route';
import { logOutBothAndReplay } from '@/lib/stateless/stateless-lab';

/** Logs out of both, then opens the copies of both cookies this request carried. */
export const POST = apiRoute(async ({ session }) => logOutBothAndReplay(session));
