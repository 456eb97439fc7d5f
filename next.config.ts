import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Load these from node_modules at run time, do not bundle them: better-sqlite3
  // is a native module; ioredis is loaded once, outside the per-route bundles.
  serverExternalPackages: ['better-sqlite3', 'ioredis'],
};

export default nextConfig;
