import type { NextConfig } from 'next';
import { SECURITY_HEADERS } from './lib/security-headers';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // A native module: load it from node_modules at run time, do not bundle it.
  serverExternalPackages: ['better-sqlite3'],
  // Every answer (pages, API, static files, errors) carries the security headers.
  async headers() {
    return [{ source: '/:path*', headers: Object.entries(SECURITY_HEADERS).map(([key, value]) => ({ key, value })) }];
  },
};

export default nextConfig;
