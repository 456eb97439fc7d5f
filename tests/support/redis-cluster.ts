import { execFile, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { endProcess, freePort, launchRedis } from './redis-server';

/** Debian's redis-server package brings it (through redis-tools). */
const REDIS_CLI = process.env.REDIS_CLI ?? 'redis-cli';
const run = promisify(execFile);

export interface ClusterNodeProcess {
  port: number;
  /** host:port, as the cluster names it. */
  address: string;
}

export interface RunningCluster {
  nodes: ClusterNodeProcess[];
  /** For REDIS_CLUSTER_NODES. */
  seeds: string;
  /** Ends one master abruptly (SIGKILL), as in a crash. */
  kill(port: number): Promise<void>;
  /** Starts it again with its data (the append-only file) and its cluster identity (nodes.conf). */
  restart(port: number): Promise<void>;
  /** Waits until every node reports cluster_state:ok. */
  waitHealthy(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/*
 * Each node keeps an append-only file fsynced on every write, so a master
 * that is killed and started again comes back with every write it
 * acknowledged: that is what "no lost acknowledged writes" rests on here
 * (there are no replicas to fail over to). cluster-node-timeout is short so
 * the cluster notices a dead master in about a second; with
 * cluster-require-full-coverage off, the other masters keep serving their
 * slots while one is down: only the sessions on the dead node get 503s.
 */
function launch(port: number, dir: string): Promise<ChildProcess> {
  // prettier-ignore
  const args = [
    '--port', String(port), '--bind', '127.0.0.1', '--dir', dir,
    '--cluster-enabled', 'yes', '--cluster-config-file', 'nodes.conf', '--cluster-node-timeout', '1000',
    '--cluster-require-full-coverage', 'no',
    '--save', '', '--appendonly', 'yes', '--appendfsync', 'always',
  ];
  return launchRedis(args, `redis-server (cluster node ${port})`);
}

async function clusterState(port: number): Promise<string> {
  try {
    const { stdout } = await run(REDIS_CLI, ['-p', String(port), 'cluster', 'info']);
    return /cluster_state:(\w+)/.exec(stdout)?.[1] ?? 'unknown';
  } catch {
    return 'unreachable';
  }
}

/**
 * A local Redis Cluster of `masters` masters (no replicas) on loopback ports:
 * `basePort`, `basePort + 1`, ... when given (a helper's port block), else free ports.
 */
export async function startRedisCluster(options: { masters?: number; basePort?: number } = {}): Promise<RunningCluster> {
  const count = options.masters ?? 3;
  const ports = options.basePort
    ? Array.from({ length: count }, (_, i) => options.basePort! + i)
    : await Promise.all(Array.from({ length: count }, () => freePort()));
  const root = mkdtempSync(join(tmpdir(), 'session-lab-cluster-'));
  const dirs = new Map(ports.map((port) => [port, join(root, String(port))]));
  const children = new Map<number, ChildProcess>();
  const stopAll = async () => {
    await Promise.all([...children.values()].map((child) => endProcess(child, 'SIGKILL')));
    rmSync(root, { recursive: true, force: true });
  };
  try {
    for (const port of ports) mkdirSync(dirs.get(port)!);
    await Promise.all(ports.map(async (port) => children.set(port, await launch(port, dirs.get(port)!))));
    const addresses = ports.map((port) => `127.0.0.1:${port}`);
    await run(REDIS_CLI, ['--cluster', 'create', ...addresses, '--cluster-replicas', '0', '--cluster-yes']);
  } catch (error) {
    await stopAll();
    throw error;
  }

  const cluster: RunningCluster = {
    nodes: ports.map((port) => ({ port, address: `127.0.0.1:${port}` })),
    seeds: ports.map((port) => `127.0.0.1:${port}`).join(','),
    kill: async (port) => {
      const child = children.get(port);
      if (child) await endProcess(child, 'SIGKILL');
    },
    restart: async (port) => {
      const child = children.get(port);
      if (child) await endProcess(child, 'SIGKILL');
      children.set(port, await launch(port, dirs.get(port)!));
    },
    waitHealthy: async (timeoutMs = 20_000) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const states = await Promise.all(ports.map(clusterState));
        if (states.every((state) => state === 'ok')) return;
        if (Date.now() > deadline) throw new Error(`Redis Cluster not healthy: ${states.join(', ')}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    stop: stopAll,
  };
  await cluster.waitHealthy();
  return cluster;
}
