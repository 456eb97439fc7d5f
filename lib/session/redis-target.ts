import type { ClusterNode } from 'ioredis';

/** Where the store lives: a redis:// URL, or a cluster's seed nodes (any few of its nodes). */
export type RedisTarget = string | { cluster: ClusterNode[] };

/**
 * `host:port,host:port` (REDIS_CLUSTER_NODES) or `redis+cluster://host:port,host:port`
 * (a form the WHATWG URL parser refuses, so it is read by hand). Returns null for a plain URL.
 */
export function parseClusterNodes(text: string): { host: string; port: number }[] | null {
  const list = text.startsWith('redis+cluster://') ? text.slice('redis+cluster://'.length).replace(/\/.*$/, '') : text;
  if (/^[a-z+]+:\/\//i.test(list)) return null;
  const nodes = list.split(',').map((part) => {
    const match = /^\[?([A-Za-z0-9.:-]+?)\]?:(\d{1,5})$/.exec(part.trim());
    const port = Number(match?.[2]);
    if (!match || port < 1 || port > 65_535) throw new Error(`Not a host:port: "${part}".`);
    return { host: match[1]!, port };
  });
  return nodes.length ? nodes : null;
}

/** REDIS_URL (or its redis+cluster:// form) and REDIS_CLUSTER_NODES, as one target. */
export function redisTarget(url: string | undefined, clusterNodes: string | undefined): RedisTarget | null {
  if (clusterNodes) return { cluster: parseClusterNodes(clusterNodes) ?? [] };
  if (!url) return null;
  const nodes = parseClusterNodes(url);
  return nodes ? { cluster: nodes } : url;
}
