/**
 * Where to go after login: only a path on this site. "//evil.example",
 * "/\evil.example", "https://evil.example" and "javascript:" all fall back to
 * `fallback`, so the login page cannot be used as an open redirect.
 */
export function safeNextPath(next: unknown, fallback = '/'): string {
  if (typeof next !== 'string' || next.length === 0 || next.length > 512) return fallback;
  // Browsers treat a backslash like a slash, and ignore tabs and newlines in URLs.
  if (!next.startsWith('/') || next.startsWith('//') || /[\\\u0000-\u001f\u007f]/.test(next)) return fallback;
  const base = 'http://session-lab.invalid';
  let url: URL;
  try {
    url = new URL(next, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base) return fallback;
  // Check what the URL became, not only what was typed: "/.//evil.example"
  // normalises to "//evil.example", which a browser reads as another host.
  if (url.pathname.startsWith('//')) return fallback;
  // Back to the login page, or to a JSON endpoint, is never where a visitor wanted to go.
  if (url.pathname === '/login' || url.pathname.startsWith('/api/')) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
