import type { Language } from './languages';
import { common } from './messages/common';
import { dashboard } from './messages/dashboard';
import { labCapacity } from './messages/lab-capacity';
import { labLifetime } from './messages/lab-lifetime';
import { labTabs } from './messages/lab-tabs';
import { labs } from './messages/labs';
import { live } from './messages/live';

/** Every feature's strings; add a feature's file here. */
const features = { common, dashboard, live, labs, labTabs, labLifetime, labCapacity };

export type Dictionary = { [F in keyof typeof features]: (typeof features)[F]['en'] };

export function getDictionary(language: Language): Dictionary {
  return Object.fromEntries(
    Object.entries(features).map(([feature, messages]) => [feature, messages[language]]),
  ) as Dictionary;
}

/** For the parity test: every feature's messages in every language. */
export const allMessages = features;
