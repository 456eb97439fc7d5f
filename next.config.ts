import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // A native module: load it from node_modules at run time, do not bundle it.
  serverExternalPackages: ['better-sqlite3'],
};

export default nextConfig;
