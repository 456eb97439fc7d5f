import type { RequestKind } from '@/lib/labs/cross-site';
import type { Dictionary } from '@/lib/i18n/dictionary';

/** The row's one-sentence explanation, and what the app answered (lib/labs/cross-site-lab.ts, recordArrival). */
export function kindWords(kind: RequestKind, t: Dictionary['labCrossSite']): { explain: string; did: string } {
  switch (kind) {
    case 'link':
      return { explain: t.explainLink, did: t.didNavigate };
    case 'form-get':
      return { explain: t.explainFormGet, did: t.didNavigate };
    case 'window-open':
      return { explain: t.explainWindowOpen, did: t.didNavigate };
    case 'form-post':
      return { explain: t.explainFormPost, did: t.didRefuse };
    case 'iframe':
      return { explain: t.explainIframe, did: t.didFrame };
    case 'iframe-inner':
      return { explain: t.explainIframeInner, did: t.didImage };
    case 'img':
      return { explain: t.explainImg, did: t.didImage };
    case 'fetch-no-cors':
      return { explain: t.explainFetchNoCors, did: t.didEmpty };
    case 'fetch-cors':
      return { explain: t.explainFetchCors, did: t.didEmpty };
  }
}
