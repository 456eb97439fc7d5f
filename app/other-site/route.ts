import type { NextRequest } from 'next/server';
import { routeMethods } from '@/lib/api/route-methods';
import { withServedBy } from '@/lib/http/instance';
import { otherSitePage } from '@/lib/labs/other-site-page';

// A fresh nonce on every answer.
export const dynamic = 'force-dynamic';

/** The /lab/cross-site lab's "another site" (opened by the other loopback name). */
const handleGet = async (request: NextRequest) => withServedBy(otherSitePage(request));

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({ GET: handleGet });
