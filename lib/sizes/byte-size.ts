/** Sizes as the browser and the server count them. Works in both. */

const encoder = new TextEncoder();

export function utf8Bytes(text: string): number {
  return encoder.encode(text).length;
}

/** What one value costs as stored JSON. */
export function jsonBytes(value: unknown): number {
  return utf8Bytes(JSON.stringify(value) ?? '');
}

/** Web Storage keeps strings in UTF-16: two bytes per code unit, key and value both count. */
export function utf16Bytes(text: string): number {
  return text.length * 2;
}

/** RFC 6265bis: browsers keep a cookie whose name + value is at most 4096 bytes, and drop a bigger one (an attribute whose value passes 1024 bytes is ignored, the cookie kept). */
export const COOKIE_LIMIT_BYTES = 4096;

/**
 * sessionStorage quota per origin in Chromium: 5 Mi UTF-16 code units (keys
 * and values), i.e. 10 MiB. Measured by e2e/lab-capacity.spec.ts.
 */
export const SESSION_STORAGE_LIMIT_BYTES = 2 * 5 * 1024 * 1024;
