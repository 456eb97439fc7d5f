import type { NextConfig } from 'next';
import { API_CONTENT_SECURITY_POLICY, FRAMEABLE_PATH, SECURITY_HEADERS, STATIC_CONTENT_SECURITY_POLICY } from './lib/http/security-headers';

const asHeaders = (headers: Record<string, string>) => Object.entries(headers).map(([key, value]) => ({ key, value }));

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Load these from node_modules at run time, do not bundle them: better-sqlite3
  // is a native module; ioredis is loaded once, outside the per-route bundles;
  // zod (server-only here) is some 440 modules that `next dev` would otherwise
  // compile for the first page three times over (the proxy, instrumentation,
  // the page): a quarter of everything compiled for the first `/`.
  serverExternalPackages: ['better-sqlite3', 'ioredis', 'zod'],
  // forbidden() answers 403 with app/forbidden.tsx (the admin page for non-admins).
  experimental: { authInterrupts: true },
  // Every answer (pages, API, static files, errors) carries the security headers.
  // Pages get their Content-Security-Policy, with a fresh nonce, from proxy.ts;
  // the API and static files (which the proxy skips) get fixed ones that run nothing.
  // One answer may sit in a frame, the cross-site lab's: it sends its own
  // (frame-ancestors: the other site only), which these would override.
  async headers() {
    const { 'X-Frame-Options': frameOptions = 'DENY', ...everywhere } = SECURITY_HEADERS;
    const frameable = FRAMEABLE_PATH.slice(1);
    return [
      { source: '/:path*', headers: asHeaders(everywhere) },
      { source: `/:path((?!${frameable}$).*)`, headers: asHeaders({ 'X-Frame-Options': frameOptions }) },
      {
        source: `/:path(api/(?!${frameable.slice('api/'.length)}$).*)`,
        headers: asHeaders({ 'Content-Security-Policy': API_CONTENT_SECURITY_POLICY }),
      },
      // The paths proxy.ts skips (its matcher in proxy.ts): they get no nonce, so a policy that runs no script.
      ...['/_next/static/:path*', '/_next/image', '/favicon.ico', '/:path((?!api/).*\\.(?:svg|png|jpg|jpeg|gif|webp|ico|txt))'].map(
        (source) => ({ source, headers: asHeaders({ 'Content-Security-Policy': STATIC_CONTENT_SECURITY_POLICY }) }),
      ),
    ];
  },
};

export default nextConfig;
