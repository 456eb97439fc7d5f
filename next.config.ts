import type { NextConfig } from 'next';
import { API_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './lib/security-headers';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Load these from node_modules at run time, do not bundle them: better-sqlite3
  // is a native module; ioredis is loaded once, outside the per-route bundles.
  serverExternalPackages: ['better-sqlite3', 'ioredis'],
  // forbidden() answers 403 with app/forbidden.tsx (the admin page for non-admins).
  experimental: { authInterrupts: true },
  // proxy.ts adds the security headers; these API routes skip it (watching a
  // session must not keep it alive), so they get the same headers here.
  async headers() {
    const headers = Object.entries({ ...SECURITY_HEADERS, 'Content-Security-Policy': API_CONTENT_SECURITY_POLICY }).map(
      ([key, value]) => ({ key, value }),
    );
    return [{ source: '/api/:path(health|events)', headers }];
  },
};

export default nextConfig;
