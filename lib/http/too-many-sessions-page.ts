import { getDictionary } from '../i18n/dictionary';
import type { Language } from '../i18n/languages';
import { plural } from '../i18n/plural';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The page a visitor sees when their address started too many sessions in a
 * minute. proxy.ts answers it itself (no session, so no React page can run),
 * as a small complete page in the visitor's language, under the page CSP.
 */
export function tooManySessionsPage(language: Language, retryAfterSeconds: number, nonce: string): string {
  const t = getDictionary(language).limits;
  const title = escape(t.tooManySessionsTitle);
  return `<!DOCTYPE html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Session Lab</title>
<style nonce="${nonce}">
body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#0f172a;background:#fff}
h1{font-size:1.5rem}a{color:#1d4ed8}a:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}
</style>
</head>
<body>
<main>
<h1>${title}</h1>
<p>${escape(t.tooManySessions)}</p>
<p>${escape(plural(language, retryAfterSeconds, t.tryAgainSeconds))}</p>
<p><a href="/">${escape(t.goHome)}</a></p>
</main>
</body>
</html>
`;
}
