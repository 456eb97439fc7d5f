import { errorResponse } from '@/lib/api/api-error';

// Per-session answers, never cached; also spares Next.js from wrapping the request to watch for dynamic use.
export const dynamic = 'force-dynamic';

/** Unknown API paths answer in the API's own error format, not with an HTML page, whatever the method. */
function notFound() {
  return errorResponse(404, 'not_found', 'There is no API endpoint at this path. See the README for the list.');
}

export { notFound as GET, notFound as HEAD, notFound as OPTIONS, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
