import type { NextRequest } from 'next/server';
import { toErrorResponse } from '@/lib/api/api-route';
import { routeMethods } from '@/lib/api/route-methods';
import { withServedBy } from '@/lib/http/instance';
import { recordFrame } from '@/lib/labs/cross-site-lab';

// Records every request; never cached.
export const dynamic = 'force-dynamic';

/*
 * The page the other site shows in an <iframe>: the one answer of this app
 * allowed in a frame (next.config.ts leaves its headers to it), and only in
 * the other site's pages. No session is found or made here.
 */
const handleGet = async (request: NextRequest) => withServedBy(await recordFrame(request).catch(toErrorResponse));

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({ GET: handleGet });
