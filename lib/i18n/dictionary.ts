import type { Language } from './languages';
import { auth } from './messages/auth';
import { common } from './messages/common';
import { compare } from './messages/compare';
import { dashboard } from './messages/dashboard';
import { labInstances } from './messages/lab-instances';
import { labCapacity } from './messages/lab-capacity';
import { labCrossSite } from './messages/lab-cross-site';
import { labFixation } from './messages/lab-fixation';
import { labKit } from './messages/lab-kit';
import { labLifetime } from './messages/lab-lifetime';
import { labReauth } from './messages/lab-reauth';
import { labSecurity } from './messages/lab-security';
import { labStateless } from './messages/lab-stateless';
import { labTabs } from './messages/lab-tabs';
import { labs } from './messages/labs';
import { language } from './messages/language';
import { limits } from './messages/limits';
import { live } from './messages/live';
import { moments } from './messages/moments';
import { shop } from './messages/shop';
import { stacks } from './messages/stacks';
import { start } from './messages/start';
import { wire } from './messages/wire';

/** Every feature's strings; add a feature's file here. */
const features = {
  common,
  dashboard,
  shop,
  language,
  auth,
  limits,
  live,
  labs,
  labTabs,
  labLifetime,
  labCapacity,
  labInstances,
  labKit,
  labSecurity,
  labStateless,
  labFixation,
  labCrossSite,
  labReauth,
  stacks,
  compare,
  wire,
  moments,
  start,
};

/**
 * The one way to name a feature's messages in a type: `Dictionary['labKit']`
 * (a prop `t: Dictionary['auth']`, or `Pick<Dictionary, 'dashboard' | 'live'>`
 * for several). Derived from this registry, so a feature needs no exported type
 * of its own, and a plural message is typed as every language sees it (`Plural`),
 * not as English's forms.
 */
export type Dictionary = { [F in keyof typeof features]: (typeof features)[F]['en'] };

export function getDictionary(language: Language): Dictionary {
  return Object.fromEntries(Object.entries(features).map(([feature, messages]) => [feature, messages[language]])) as Dictionary;
}

/** For the parity test: every feature's messages in every language. */
export const allMessages = features;
