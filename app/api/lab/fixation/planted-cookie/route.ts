import { apiRoute } from '@/lib/api/api-route';
import { probePlantedCookie } from '@/lib/cookie-probe';

/** Hands a sealed cookie naming an ID this server never issued to the cookie reader. */
export const POST = apiRoute(async ({ session }) => probePlantedCookie(session.fingerprint));
