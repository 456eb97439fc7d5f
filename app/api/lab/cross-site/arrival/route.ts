import type { NextRequest } from 'next/server';
import { toErrorResponse } from '@/lib/api/api-route';
import { routeMethods } from '@/lib/api/route-methods';
import { withServedBy } from '@/lib/http/instance';
import { recordArrival } from '@/lib/labs/cross-site-lab';

// Records every request; never cached.
export const dynamic = 'force-dynamic';

/*
 * Where the other site's page sends its requests. Not through apiRoute: it
 * must see cross-site POSTs to record them (and then refuses them), and it
 * never finds or makes a session, so no request here can replace the
 * visitor's cookie. The store being down is the API's 503, like everywhere.
 */
const handle = async (request: NextRequest) => withServedBy(await recordArrival(request).catch(toErrorResponse));

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({ GET: handle, POST: handle });
