#!/usr/bin/env node
// npm run cluster: Redis (started if none answers), two `next start` instances
// on one Redis, and a round-robin balancer in front. Ctrl-C stops everything.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { startBalancer } from './balancer.mjs';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
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
  await ensureRedis();
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
        REDIS_URL,
        SESSION_SECRET: secret,
        INSTANCE_NAME: process.env.INSTANCE_NAME ?? name,
        // The balancer in front appends the visitor's address to X-Forwarded-For: trust that one hop.
        TRUST_PROXY: process.env.TRUST_PROXY ?? '1',
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
  log('Ready. One session store, two instances:');
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
