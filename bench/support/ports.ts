import { testPort } from '../../e2e/support/server';

/**
 * The benchmarks use the block after the tests' own (+30 to +39 of
 * E2E_BASE_PORT), so a bench and a test run of one checkout never collide.
 */
export const BENCH_PORTS = {
  app: testPort(30),
  bareApp: testPort(31),
  sweepServer: testPort(32),
  redis: testPort(33),
  appRedis: testPort(34),
  dev: testPort(35),
  profiled: testPort(37),
} as const;
