import 'server-only';
import type { NextRequest } from 'next/server';
import { format } from '../i18n/define-messages';
import { getDictionary } from '../i18n/dictionary';
import { DEFAULT_LANGUAGE, isLanguage } from '../i18n/languages';
import { newNonce, SECURITY_HEADERS } from '../http/security-headers';
import { kindLabel, otherSiteHost, REQUEST_KINDS, RUN_PATTERN, type RequestKind } from './cross-site';
import { ARRIVAL_PATH, arrivalUrl } from './cross-site-lab';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** JSON that is safe inside a <script> element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * GET /other-site?run=…&lang=…: "another site", served by this same server
 * but meant to be opened by the other loopback name. A plain HTML page, no
 * app header, no session (proxy.ts skips this path): it only sends requests
 * back to the app, each kind once per button.
 */
export function otherSitePage(request: NextRequest): Response {
  const params = request.nextUrl.searchParams;
  const lang = params.get('lang');
  const language = isLanguage(lang) ? lang : DEFAULT_LANGUAGE;
  const t = getDictionary(language).labCrossSite;
  const here = request.headers.get('host');
  const appHost = otherSiteHost(here);
  const run = params.get('run');
  const nonce = newNonce();
  const protocol = request.nextUrl.protocol;
  const app = appHost ? `${protocol}//${appHost}` : null;
  const ready = app !== null && run !== null && RUN_PATTERN.test(run);
  const target = (kind: RequestKind) => arrivalUrl(app ?? '', run ?? '', kind);
  const e = escapeHtml;
  const kinds = Object.fromEntries(REQUEST_KINDS.map((kind) => [kind, kindLabel(kind, t)])) as Record<RequestKind, string>;
  const button = (id: string, label: string) => `<button type="button" id="${id}">${e(label)}</button>`;
  const body = ready
    ? `<section aria-labelledby="top"><h2 id="top">${e(t.osTopTitle)}</h2>
<p><a id="link" href="${e(target('link'))}">${e(t.osLink)}</a></p>
<form method="get" action="${e(app + ARRIVAL_PATH)}"><input type="hidden" name="run" value="${e(run)}"><input type="hidden" name="kind" value="form-get"><button>${e(t.osFormGet)}</button></form>
<p>${button('window-open', t.osWindowOpen)}</p></section>
<section aria-labelledby="background"><h2 id="background">${e(t.osBackgroundTitle)}</h2>
<form method="post" action="${e(target('form-post'))}"><button>${e(t.osFormPost)}</button></form>
<p>${button('iframe', t.osIframe)} ${button('img', t.osImg)} ${button('fetch-no-cors', t.osFetchNoCors)} ${button('fetch-cors', t.osFetchCors)}</p>
<p role="status" id="status"></p><div id="slot"></div></section>
<section aria-labelledby="forged"><h2 id="forged">${e(t.osForgedTitle)}</h2><p>${e(t.osForgedIntro)}</p>
<form method="post" action="${e(app + '/api/cart/items')}"><input type="hidden" name="productId" value="mug"><input type="hidden" name="quantity" value="1"><button>${e(t.osForgedCart)}</button></form>
<form method="post" action="${e(app + '/api/logout')}"><button>${e(t.osForgedLogout)}</button></form></section>
<p><a href="${e(`${app}/lab/cross-site`)}">${e(t.osBack)}</a></p>
<script nonce="${nonce}">
const targets = ${scriptJson(Object.fromEntries(Object.keys(kinds).map((kind) => [kind, target(kind as RequestKind)])))};
const words = ${scriptJson({ kinds, sent: t.osSent, unreadable: t.osUnreadable, frame: t.osFrameTitle })};
const status = document.getElementById('status');
const say = (template, kind) => { status.textContent = template.replace('{kind}', words.kinds[kind]); };
const on = (id, run) => document.getElementById(id).addEventListener('click', run);
on('window-open', () => { window.open(targets['window-open']); say(words.sent, 'window-open'); });
on('iframe', () => {
  const frame = document.createElement('iframe');
  frame.src = targets.iframe; frame.title = words.frame;
  frame.addEventListener('load', () => say(words.sent, 'iframe'));
  document.getElementById('slot').replaceChildren(frame);
});
on('img', () => {
  const image = new Image(1, 1); image.alt = '';
  image.addEventListener('load', () => say(words.sent, 'img'));
  image.src = targets.img; document.getElementById('slot').replaceChildren(image);
});
const send = (kind, mode) => fetch(targets[kind], { mode, credentials: 'include' })
  .then(() => say(words.unreadable, kind), () => say(words.unreadable, kind));
on('fetch-no-cors', () => send('fetch-no-cors', 'no-cors'));
on('fetch-cors', () => send('fetch-cors', 'cors'));
</script>`
    : `<p>${e(t.osNoRun)}</p>`;
  const html = `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(t.osTitle)}: ${e(here ?? '')}</title>
<style nonce="${nonce}">
body { margin: 0; font: 17px/1.5 Georgia, 'Times New Roman', serif; background: #fdf3d7; color: #2b1d0e; }
header { background: #6b2d0c; color: #fff7e6; padding: 16px 20px; }
header h1 { margin: 0; font-size: 28px; letter-spacing: 0.02em; }
main { padding: 8px 20px 24px; max-width: 46rem; }
section { border: 2px dashed #8a5a2b; border-radius: 8px; padding: 4px 14px 12px; margin: 14px 0; background: #fffaf0; }
h2 { font-size: 19px; margin: 8px 0; }
button { font: inherit; font-size: 15px; margin: 4px 4px 4px 0; padding: 6px 12px; background: #6b2d0c; color: #fff; border: 0; border-radius: 4px; cursor: pointer; }
button:focus-visible, a:focus-visible { outline: 3px solid #1d4ed8; outline-offset: 2px; }
a { color: #7a2e00; }
iframe { width: 100%; max-width: 28rem; height: 5rem; border: 3px solid #6b2d0c; background: #fff; }
code { font-family: ui-monospace, monospace; }
</style></head>
<body><header><h1>${e(t.osTitle)}</h1><p><code>${e(here ?? '')}</code></p></header>
<main><p>${format(e(t.osIntro), { here: `<code>${e(here ?? '')}</code>`, app: `<code>${e(app ?? '')}</code>` })}</p>
${body}</main></body></html>`;
  const origin = app ?? "'none'";
  return new Response(html, {
    headers: {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Content-Security-Policy': [
        "default-src 'none'",
        `script-src 'nonce-${nonce}'`,
        `style-src 'nonce-${nonce}'`,
        `img-src ${origin}`,
        `frame-src ${origin}`,
        `connect-src ${origin}`,
        `form-action ${origin}`,
        "base-uri 'none'",
        "frame-ancestors 'none'",
      ].join('; '),
    },
  });
}
