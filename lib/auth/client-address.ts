import { isIP } from 'node:net';

/**
 * Set by the HTTP server hook (lib/http/http-guard.ts) on every request, from
 * the socket and TRUST_PROXY; a copy sent by the client is replaced. Route
 * handlers, server actions and proxy.ts get no socket address in Next.js 16,
 * so this header is how they learn it.
 */
export const CLIENT_ADDRESS_HEADER = 'x-session-lab-client-address';

/**
 * Like Express's `trust proxy` with a hop count: the client is the socket's
 * peer, unless `hops` reverse proxies of ours stand in front; each appends the
 * address it saw to X-Forwarded-For, so the client is the entry `hops` places
 * from the end. Entries further left are whatever the client wrote: never read.
 */
export function trustedAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, hops: number): string {
  const forwarded = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  // Nearest first: the socket, then X-Forwarded-For from its right end.
  const chain = [socketAddress ?? '', ...forwarded.reverse()];
  return chain[Math.min(hops, chain.length - 1)]!;
}

/** The key the limits count this request's client by (see trustedAddress and addressKey). */
export function clientAddress(headers: Pick<Headers, 'get'>): string {
  return addressKey(headers.get(CLIENT_ADDRESS_HEADER) ?? '');
}

/**
 * One key per client. IPv4 as is; IPv6 by its /64 network, because one home
 * or phone usually gets a whole /64 and could otherwise use a fresh address
 * for every guess.
 */
export function addressKey(address: string): string {
  const plain = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const mappedV4 = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(plain);
  if (mappedV4) return mappedV4[1]!;
  const version = isIP(plain);
  if (version === 4) return plain;
  if (version === 6) return `${expandIPv6(plain).slice(0, 4).join(':')}::/64`;
  return 'unknown';
}

function expandIPv6(address: string): string[] {
  const [head = '', tail] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  // An embedded IPv4 tail (::1.2.3.4) counts as two groups; only the first four groups matter here.
  const rightGroups = right.flatMap((group) => (group.includes('.') ? ['0', '0'] : [group]));
  const zeros = tail === undefined ? [] : Array<string>(8 - left.length - rightGroups.length).fill('0');
  return [...left, ...zeros, ...rightGroups].map((group) => group.replace(/^0+(?=.)/, ''));
}
