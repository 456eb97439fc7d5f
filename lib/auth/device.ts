/** What "my sessions" shows for a session's User-Agent: a browser and a system, or null when unknown. */
export interface Device {
  browser: string | null;
  os: string | null;
}

// Order matters: Edge and Opera also say "Chrome", Chrome also says "Safari".
const BROWSERS: [RegExp, string][] = [
  [/\bEdg(?:e|A|iOS)?\//, 'Edge'],
  [/\bOPR\/|\bOpera\b/, 'Opera'],
  [/\bSamsungBrowser\//, 'Samsung Internet'],
  [/\bFirefox\/|\bFxiOS\//, 'Firefox'],
  [/\bHeadlessChrome\//, 'Headless Chrome'],
  [/\bChrome\/|\bCriOS\/|\bChromium\//, 'Chrome'],
  [/\bVersion\/[\d.]+.*\bSafari\//, 'Safari'],
  [/^curl\//, 'curl'],
  [/^Wget\//, 'Wget'],
  [/^node\b|\bundici\b/i, 'Node.js'],
  [/^python-requests\/|^Python-urllib\//, 'Python'],
  [/^PostmanRuntime\//, 'Postman'],
];

const SYSTEMS: [RegExp, string][] = [
  [/\biPhone\b/, 'iPhone'],
  [/\biPad\b/, 'iPad'],
  [/\bAndroid\b/, 'Android'],
  [/\bCrOS\b/, 'ChromeOS'],
  [/\bWindows\b/, 'Windows'],
  [/\bMac OS X\b|\bMacintosh\b/, 'macOS'],
  [/\bLinux\b/, 'Linux'],
];

const first = (table: [RegExp, string][], text: string) => table.find(([pattern]) => pattern.test(text))?.[1] ?? null;

/** A rough, friendly guess: enough to tell "the laptop" from "the phone", never used for security decisions. */
export function describeDevice(userAgent: string): Device {
  const text = userAgent.slice(0, 256);
  return { browser: first(BROWSERS, text), os: first(SYSTEMS, text) };
}

/** "Chrome on Linux" in the visitor's language, from templates such as '{browser} on {os}'. */
export function formatDevice(device: Device, words: { browserOnOs: string; unknownDevice: string }): string {
  if (device.browser && device.os) return words.browserOnOs.replace('{browser}', device.browser).replace('{os}', device.os);
  return device.browser ?? device.os ?? words.unknownDevice;
}
