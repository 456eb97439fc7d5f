import { SessionCookieCodec } from '../../../lib/session/cookie-codec';
import { SESSION_COOKIE, realSessionId } from '../../support/session-cookie';

export interface CookieVariant {
  label: string;
  /** The whole Cookie header, or undefined for none. */
  header: string | undefined;
}

const other = new SessionCookieCodec({ current: 'not-the-server-secret-not-the-server-secret' }, 28_800);

/**
 * Cookies a client might send in place of a victim's good one: missing,
 * broken, forged, oversized, duplicated. None may open the victim's session
 * for writing or change it; a cookie that opens nothing gets a new session.
 */
export async function cookieVariants(victimCookie: string, serverSecret: string): Promise<CookieVariant[]> {
  const id = await realSessionId(victimCookie);
  const ours = new SessionCookieCodec({ current: serverSecret }, 28_800);
  const flip = (value: string, at: number) => value.slice(0, at) + (value[at] === 'A' ? 'B' : 'A') + value.slice(at + 1);
  const sid = (value: string) => `${SESSION_COOKIE}=${value}`;
  return [
    { label: 'no cookie', header: undefined },
    { label: "the victim's cookie", header: sid(victimCookie) },
    { label: 'truncated', header: sid(victimCookie.slice(0, -10)) },
    { label: 'one character changed', header: sid(flip(victimCookie, 50)) },
    { label: 'junk appended', header: sid(`${victimCookie}junk`) },
    { label: "the victim's ID sealed with another secret", header: sid(await other.seal(id)) },
    { label: 'a chosen ID sealed with the right secret (fixation)', header: sid(await ours.seal('attacker-chosen-session-id')) },
    { label: 'iron-shaped garbage', header: sid('Fe26.2*1*a*b*c*d*e*f~2') },
    { label: 'percent junk', header: sid('%%%%%E0%A4%A') },
    { label: 'quoted', header: sid(`"${victimCookie}"`) },
    { label: '4097 characters', header: sid('x'.repeat(4097)) },
    { label: '8000 characters', header: sid('x'.repeat(8000)) },
    { label: 'junk first, then the victim', header: `${sid('junk')}; ${sid(victimCookie)}` },
    { label: '300 other cookies', header: Array.from({ length: 300 }, (_, i) => `c${i}=v${i}`).join('; ') },
    { label: 'latin-1 bytes', header: sid('caf\u00e9\u00ff') },
    { label: 'separators only', header: ';;; = ;=%; ==' },
    { label: 'the right value under another name', header: `sid=${victimCookie}; __host-sid=${victimCookie}` },
  ];
}
