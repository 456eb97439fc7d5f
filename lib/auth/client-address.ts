import { isIP } from 'node:net';

/**
 * The address a login attempt is counted against.
 *
 * `next start` fills X-Forwarded-For with the socket's address only when the
 * request has none, so directly exposed it trusts what the client sends. Run
 * it behind a reverse proxy that appends the real address (nginx:
 * `proxy_add_x_forwarded_for`); the LAST entry is then the one the proxy saw,
 * which a client cannot forge. Without such a proxy, the per-address limit can
 * be dodged, the per-username limit cannot.
 */
export function clientAddress(headers: Pick<Headers, 'get'>): string {
  const forwarded = headers.get('x-forwarded-for') ?? '';
  const last = forwarded.split(',').at(-1)?.trim() ?? '';
  return addressKey(last);
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
