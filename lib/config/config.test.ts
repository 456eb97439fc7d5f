import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '@/lib/config/config';
import { loadSessionSecrets } from '@/lib/config/secrets';

const dir = mkdtempSync(join(tmpdir(), 'session-lab-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readConfig', () => {
  it('has the OWASP defaults and SQLite with no settings at all', () => {
    const config = readConfig({});
    expect(config).toMatchObject({
      idleTimeout: 1800,
      absoluteTimeout: 28_800,
      store: 'sqlite',
      sqlitePath: 'data/sessions.db',
      secureCookies: false,
    });
  });

  it('picks Redis when REDIS_URL is set, and production cookies are Secure', () => {
    expect(readConfig({ REDIS_URL: 'redis://127.0.0.1:6379' }).store).toBe('redis');
    expect(readConfig({ NODE_ENV: 'production' }).secureCookies).toBe(true);
    expect(readConfig({ NODE_ENV: 'production', SESSION_COOKIE_SECURE: 'false' }).secureCookies).toBe(false);
  });

  it('runs on a Redis Cluster from REDIS_CLUSTER_NODES or a redis+cluster:// URL', () => {
    const nodes = [
      { host: '127.0.0.1', port: 7001 },
      { host: 'redis-b', port: 7002 },
    ];
    expect(readConfig({ REDIS_CLUSTER_NODES: '127.0.0.1:7001, redis-b:7002' })).toMatchObject({
      store: 'redis',
      redisCluster: true,
      redis: { cluster: nodes },
    });
    expect(readConfig({ REDIS_URL: 'redis+cluster://127.0.0.1:7001,redis-b:7002' })).toMatchObject({
      redisCluster: true,
      redis: { cluster: nodes },
    });
    expect(readConfig({ REDIS_URL: 'redis://127.0.0.1:6379' })).toMatchObject({ redisCluster: false, redis: 'redis://127.0.0.1:6379' });
    expect(() => readConfig({ REDIS_CLUSTER_NODES: '127.0.0.1' })).toThrow(/REDIS_CLUSTER_NODES/);
    expect(() => readConfig({ REDIS_CLUSTER_NODES: '127.0.0.1:99999' })).toThrow(/REDIS_CLUSTER_NODES/);
  });

  it('names the instance after INSTANCE_NAME, or host:port', () => {
    expect(readConfig({ INSTANCE_NAME: 'app-a' }).instanceName).toBe('app-a');
    expect(() => readConfig({ INSTANCE_NAME: 'a\r\nSet-Cookie: x' })).toThrow(/INSTANCE_NAME/);
    // Unset, X-Served-By is not sent: the host name and port are nobody's business.
    expect(readConfig({}).instanceName).toBeNull();
  });

  it('TRUST_PROXY is a hop count, 0 (the socket address) unless set', () => {
    expect(readConfig({}).trustProxy).toBe(0);
    expect(readConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(() => readConfig({ TRUST_PROXY: 'yes' })).toThrow(/TRUST_PROXY/);
  });

  it('WIRE_RECORDING is on unless set to off; anything else is refused', () => {
    expect(readConfig({}).wireRecording).toBe(true);
    expect(readConfig({ WIRE_RECORDING: 'off' }).wireRecording).toBe(false);
    expect(() => readConfig({ WIRE_RECORDING: 'no' })).toThrow(/WIRE_RECORDING/);
  });

  it('names the variable that is wrong', () => {
    expect(() => readConfig({ SESSION_IDLE_TIMEOUT: 'soon' })).toThrow(/SESSION_IDLE_TIMEOUT/);
    expect(() => readConfig({ SESSION_SECRET: 'short' })).toThrow(/SESSION_SECRET.*32/);
    expect(() => readConfig({ SESSION_STORE: 'redis' })).toThrow(/REDIS_URL/);
  });
});

describe('loadSessionSecrets', () => {
  it('production without SESSION_SECRET refuses, saying what to set', () => {
    const config = readConfig({ NODE_ENV: 'production', SESSION_DATA_DIR: dir });
    expect(() => loadSessionSecrets(config)).toThrow(ConfigError);
    expect(() => loadSessionSecrets(config)).toThrow(/SESSION_SECRET/);
  });

  it('development generates a secret once, privately, and reuses it', () => {
    const dataDir = join(dir, 'dev');
    const config = readConfig({ NODE_ENV: 'development', SESSION_DATA_DIR: dataDir });
    const notices: string[] = [];
    const first = loadSessionSecrets(config, (m) => notices.push(m));
    const second = loadSessionSecrets(config, (m) => notices.push(m));
    expect(first.current).toBe(second.current);
    expect(first.current.length).toBeGreaterThanOrEqual(32);
    expect(notices).toHaveLength(1);
    const file = join(dataDir, 'session-secret');
    expect(existsSync(file) && readFileSync(file, 'utf8')).toBe(first.current);
    expect(statSync(file).mode & 0o077).toBe(0);
  });

  it('refuses a development secret file that is too short or readable by others, saying how to fix it', () => {
    const dataDir = join(dir, 'weak');
    mkdirSync(dataDir, { recursive: true });
    const file = join(dataDir, 'session-secret');
    const config = readConfig({ NODE_ENV: 'development', SESSION_DATA_DIR: dataDir });
    writeFileSync(file, 'short', { mode: 0o600 });
    expect(() => loadSessionSecrets(config)).toThrow(ConfigError);
    expect(() => loadSessionSecrets(config)).toThrow(/at least 32.*Delete the file/);
    writeFileSync(file, 'x'.repeat(48));
    chmodSync(file, 0o644);
    expect(() => loadSessionSecrets(config)).toThrow(/readable by other users.*chmod 600/);
    chmodSync(file, 0o600);
    expect(loadSessionSecrets(config).current).toBe('x'.repeat(48));
  });

  it('uses SESSION_SECRET and SESSION_SECRET_PREVIOUS when given', () => {
    const config = readConfig({ NODE_ENV: 'production', SESSION_SECRET: 'a'.repeat(32), SESSION_SECRET_PREVIOUS: 'b'.repeat(32) });
    expect(loadSessionSecrets(config)).toEqual({ current: 'a'.repeat(32), previous: 'b'.repeat(32) });
  });
});

describe('idleTimeoutSchema', () => {
  it('accepts 10 up to the configured SESSION_IDLE_TIMEOUT: a session may lower its timeout, never raise it', async () => {
    const { idleTimeoutSchema } = await import('@/lib/next-session/session-settings');
    const schema = idleTimeoutSchema(readConfig({}).idleTimeout);
    expect(schema.safeParse({ seconds: 10 }).success).toBe(true);
    expect(schema.safeParse({ seconds: 1800 }).success).toBe(true);
    expect(schema.safeParse({ seconds: 1801 }).success).toBe(false);
    expect(schema.safeParse({ seconds: 86_400 }).success).toBe(false);
    expect(idleTimeoutSchema(60).safeParse({ seconds: 61 }).error?.issues[0]?.message).toMatch(/at most 60.*SESSION_IDLE_TIMEOUT/);
  });
});
