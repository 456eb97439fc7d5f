import type { Language } from './languages';
import { common } from './messages/common';
import { dashboard } from './messages/dashboard';
import { instances } from './messages/instances';

/** Every feature's strings; add a feature's file here. */
const features = { common, dashboard, instances };

export type Dictionary = { [F in keyof typeof features]: (typeof features)[F]['en'] };

export function getDictionary(language: Language): Dictionary {
  return Object.fromEntries(
    Object.entries(features).map(([feature, messages]) => [feature, messages[language]]),
  ) as Dictionary;
}

/** For the parity test: every feature's messages in every language. */
export const allMessages = features;
