#!/usr/bin/env node
// npm run cluster: Redis (started if none answers), two `next start` instances
// on one Redis, and a round-robin balancer in front. Ctrl-C stops everything.
// npm run cluster -- --redis-cluster: the same instances on a 3-master Redis
// Cluster (ports 7001-7003, started and created if none answers there).
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { startBalancer } from './balancer.mjs';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const ON_CLUSTER = process.argv.includes('--redis-cluster') || !!process.env.REDIS_CLUSTER_NODES;
const CLUSTER_NODES = process.env.REDIS_CLUSTER_NODES ?? '127.0.0.1:7001,127.0.0.1:7002,127.0.0.1:7003';
const PORTS = (process.env.CLUSTER_PORTS ?? '3001,3002').split(',').map(Number);
const BALANCER_PORT = Number(process.env.BALANCER_PORT ?? 3000);
const HOST = '127.0.0.1';
const children = [];

function log(message) {
  console.log(`[cluster] ${message}`);
}

function stopAll(code = 0) {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500).unref();
}

/** Does something answer PING at this Redis URL? */
function redisAnswers(url) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port || 6379) });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    // +PONG, or -NOAUTH from a Redis that wants a password: either way, Redis is there.
    socket.once('data', (data) => done(/^[+-]/.test(String(data))));
  });
}

async function ensureRedis() {
  if (await redisAnswers(REDIS_URL)) return log(`Redis answers at ${REDIS_URL}.`);
  const { hostname, port } = new URL(REDIS_URL);
  if (!['127.0.0.1', 'localhost'].includes(hostname)) {
    throw new Error(`Nothing answers at ${REDIS_URL}, and it is not on this machine, so it cannot be started here.`);
  }
  mkdirSync('data/redis', { recursive: true });
  log(`Starting redis-server on port ${port || 6379} (data in data/redis/, kept between runs).`);
  const redis = spawn('redis-server', ['--port', String(port || 6379), '--bind', '127.0.0.1', '--dir', 'data/redis'], { stdio: 'ignore' });
  redis.on('error', (error) => {
    console.error(
      `[cluster] Cannot run redis-server (${error.message}). Install it (Debian/Ubuntu: apt-get install redis-server) or set REDIS_URL.`,
    );
    stopAll(1);
  });
  children.push(redis);
  for (let i = 0; i < 50; i++) {
    if (await redisAnswers(REDIS_URL)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('redis-server did not answer within 5 s.');
}

function redisCli(args) {
  return new Promise((resolve, reject) =>
    execFile('redis-cli', args, (error, stdout) =>
      error ? reject(new Error(`redis-cli ${args.join(' ')}: ${error.message}`)) : resolve(stdout),
    ),
  );
}

/** A 3-master Redis Cluster on this machine: started (and created, the first time) unless it already answers. */
async function ensureRedisCluster() {
  const nodes = CLUSTER_NODES.split(',').map((node) => {
    const [hostname, port] = node.trim().split(':');
    return { hostname, port: Number(port) };
  });
  const answering = await Promise.all(nodes.map(({ hostname, port }) => redisAnswers(`redis://${hostname}:${port}`)));
  if (answering.every(Boolean)) return log(`Redis Cluster answers at ${CLUSTER_NODES}.`);
  if (!nodes.every(({ hostname }) => ['127.0.0.1', 'localhost'].includes(hostname))) {
    throw new Error(`Not every node of ${CLUSTER_NODES} answers, and they are not all on this machine, so they cannot be started here.`);
  }
  log(
    `Starting a ${nodes.length}-node Redis Cluster on ports ${nodes.map((node) => node.port).join(', ')} (data in data/redis-cluster/, kept between runs).`,
  );
  for (const [index, { port }] of nodes.entries()) {
    if (answering[index]) continue;
    const dir = `data/redis-cluster/${port}`;
    mkdirSync(dir, { recursive: true });
    const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes'];
    args.push('--cluster-enabled', 'yes', '--cluster-config-file', 'nodes.conf', '--cluster-node-timeout', '2000');
    const node = spawn('redis-server', args, { stdio: 'ignore' });
    node.on('error', (error) => {
      console.error(`[cluster] Cannot run redis-server (${error.message}). Install it (Debian/Ubuntu: apt-get install redis-server).`);
      stopAll(1);
    });
    children.push(node);
  }
  for (
    let i = 0;
    i < 50 && !(await Promise.all(nodes.map(({ hostname, port }) => redisAnswers(`redis://${hostname}:${port}`)))).every(Boolean);
    i++
  ) {
    await new Promise((r) => setTimeout(r, 100));
  }
  const first = nodes[0];
  const info = await redisCli(['-h', first.hostname, '-p', String(first.port), 'cluster', 'info']);
  if (/cluster_known_nodes:1\b/.test(info)) {
    log('Creating the cluster (first run): each master takes a third of the 16384 slots.');
    await redisCli([
      '--cluster',
      'create',
      ...nodes.map(({ hostname, port }) => `${hostname}:${port}`),
      '--cluster-replicas',
      '0',
      '--cluster-yes',
    ]);
  }
  for (let i = 0; i < 100; i++) {
    if (/cluster_state:ok/.test(await redisCli(['-h', first.hostname, '-p', String(first.port), 'cluster', 'info']))) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('The Redis Cluster did not reach cluster_state:ok within 10 s.');
}

async function waitHealthy(port) {
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`http://${HOST}:${port}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The instance on port ${port} did not become healthy within 30 s.`);
}

async function main() {
  if (!existsSync('.next/BUILD_ID')) throw new Error('No production build yet: run `npm run build` first.');
  if (ON_CLUSTER) await ensureRedisCluster();
  else await ensureRedis();
  // Every instance must seal cookies with the same secret, or a cookie from one opens nothing on the other.
  let secret = process.env.SESSION_SECRET;
  if (!secret) {
    const file = 'data/cluster-secret';
    if (!existsSync(file)) {
      mkdirSync('data', { recursive: true });
      writeFileSync(file, randomBytes(48).toString('base64'), { mode: 0o600 });
    }
    secret = readFileSync(file, 'utf8').trim();
    log(`SESSION_SECRET is not set: both instances use the one in ${file} (made once, for this lab only).`);
  }
  for (const port of PORTS) {
    const name = `instance-${port}`;
    const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', HOST], {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        ...(ON_CLUSTER ? { REDIS_CLUSTER_NODES: CLUSTER_NODES, REDIS_URL: '' } : { REDIS_URL }),
        SESSION_SECRET: secret,
        INSTANCE_NAME: process.env.INSTANCE_NAME ?? name,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const prefix = (chunk) => String(chunk).replace(/^(?=.)/gm, `[${name}] `);
    child.stdout.on('data', (chunk) => process.stdout.write(prefix(chunk)));
    child.stderr.on('data', (chunk) => process.stderr.write(prefix(chunk)));
    child.on('exit', (code) => {
      log(`${name} exited (${code}); stopping the cluster.`);
      stopAll(code ?? 1);
    });
    children.push(child);
  }
  await Promise.all(PORTS.map(waitHealthy));
  await startBalancer({ port: BALANCER_PORT, host: HOST, upstreams: PORTS.map((port) => ({ host: HOST, port })) });
  log(`Ready. One session store (${ON_CLUSTER ? `Redis Cluster ${CLUSTER_NODES}` : REDIS_URL}), two instances:`);
  for (const port of PORTS) log(`  instance-${port}: http://${HOST}:${port}`);
  log(`  balancer (takes turns): http://${HOST}:${BALANCER_PORT}/lab/instances`);
  log('Ctrl-C stops everything this script started.');
}

process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));
main().catch((error) => {
  console.error(`[cluster] ${error.message}`);
  stopAll(1);
});
