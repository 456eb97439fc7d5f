import { negotiateLanguage } from '../i18n/languages';
import { newCsrfToken } from '../session/session-id';
import type { Attributes } from '../session/types';
import { attribute } from './attributes';

/** What every new session starts with: the article's attributes minus the user, who is not known yet. */
export function initialAttributes(acceptLanguage: string | null): Attributes {
  return {
    [attribute('cart')]: [],
    [attribute('language')]: negotiateLanguage(acceptLanguage),
    [attribute('csrfToken')]: newCsrfToken(),
  };
}
