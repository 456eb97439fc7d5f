import { utf8Bytes } from './byte-size';

export interface CookieWeight {
  name: string;
  /** `name=value` as it travels in the Cookie header. */
  bytes: number;
}

export interface CookieHeaderWeight {
  /** The whole Cookie header value, separators included. */
  total: number;
  cookies: CookieWeight[];
}

/**
 * What a request carries because of cookies: sizes only, never values, so a
 * page can show the weight of the HttpOnly session cookie without revealing it.
 */
export function measureCookieHeader(header: string | null | undefined): CookieHeaderWeight {
  if (!header) return { total: 0, cookies: [] };
  const cookies = header
    .split(';')
    .map((pair) => pair.trim())
    .filter(Boolean)
    .map((pair) => ({ name: pair.split('=', 1)[0] ?? '', bytes: utf8Bytes(pair) }));
  return { total: utf8Bytes(header), cookies };
}
