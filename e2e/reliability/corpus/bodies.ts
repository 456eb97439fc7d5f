import { gzipSync } from 'node:zlib';
import type { Json } from '../routes';

/** A request body that must be refused, and the Content-Type it travels with. */
export interface BadBody {
  label: string;
  body: string | Buffer;
  contentType?: string;
  contentLength?: string;
  contentEncoding?: string;
  chunked?: boolean;
}

const json = 'application/json';

/** Values no field of a sane API accepts, whatever its type. */
function wrongValues(valid: Json): Json[] {
  const otherType: Json = typeof valid === 'string' ? 1 : String(valid);
  return [
    null,
    true,
    false,
    '',
    'x'.repeat(1000),
    -1,
    1.5,
    1e308,
    -1e308,
    2 ** 53 + 1,
    [],
    {},
    [valid],
    { value: valid },
    otherType,
    '<script>alert(1)</script>',
    "'; DROP TABLE sessions; --",
    '\u0000',
    '\ud800',
  ];
}

/** Broken variants of one valid body: syntax, types, structure, size, nesting, encodings. */
export function badBodies(valid: { [key: string]: Json }, optional: readonly string[] = []): BadBody[] {
  const text = JSON.stringify(valid);
  const bodies: BadBody[] = [];
  const add = (label: string, body: string | Buffer, contentType: string | undefined = json, extra: Partial<BadBody> = {}) =>
    bodies.push({ label, body, contentType, ...extra });

  // Broken JSON: the valid text cut just before and just after each piece of its syntax (every
  // way a cut can fall: mid-key, mid-string, before a colon or comma, mid-number, before the
  // closing brace), not at every single character, and common near-misses.
  const cuts = new Set<number>([0, 1]);
  for (let at = 0; at < text.length; at++) if ('{}[]":,'.includes(text[at]!)) for (const end of [at, at + 1]) cuts.add(end);
  const word = (at: number) => at >= 0 && /\w/.test(text[at] ?? '');
  for (let at = 1; at < text.length; at++) if (word(at - 1) && word(at) && !word(at - 2)) cuts.add(at); // mid-word, once a word
  for (const end of [...cuts].filter((end) => end < text.length).sort((a, b) => a - b)) add(`truncated at ${end}`, text.slice(0, end));
  for (const junk of [
    ' ',
    'null',
    'true',
    '0',
    '"text"',
    '[]',
    '{}',
    '{,}',
    text.replaceAll('"', "'"),
    `${text.slice(0, -1)},}`,
    `${text}}`,
    `${text}{}`,
    `${text} x`,
    'NaN',
    'Infinity',
    'undefined',
    '\u0000',
    `\u0000${text}`,
    `//c\n${text}`,
    text.replace(/:(\d+)/, ':0x$1'),
    text.replace(/:(\d+)/, ':$1e400'),
  ]) {
    // The number near-misses leave a body without numbers as it was: valid, so not a bad body.
    if (junk === text) continue;
    add(`near-JSON ${JSON.stringify(junk).slice(0, 40)}`, junk);
  }

  for (const [key, value] of Object.entries(valid)) {
    for (const wrong of wrongValues(value))
      add(`${key} = ${JSON.stringify(wrong).slice(0, 30)}`, JSON.stringify({ ...valid, [key]: wrong }));
    const { [key]: _missing, ...rest } = valid;
    if (!optional.includes(key)) add(`${key} missing`, JSON.stringify(rest));
    add(`${key} duplicated, last one wrong`, `${text.slice(0, -1)},${JSON.stringify(key)}:"wrong"}`);
    add(`${key} nested 3000 deep`, JSON.stringify({ ...valid, [key]: 0 }).replace('0', `${'['.repeat(3000)}${']'.repeat(3000)}`));
  }
  add('an extra field', JSON.stringify({ ...valid, admin: true }));
  add('__proto__ pollution', `${text.slice(0, -1)},"__proto__":{"admin":true}}`);
  add('constructor pollution', `${text.slice(0, -1)},"constructor":{"prototype":{"admin":true}}}`);
  add('the body in an array', JSON.stringify([valid]));
  add('the body wrapped', JSON.stringify({ data: valid }));
  add('an array 3000 deep', `${'['.repeat(3000)}${']'.repeat(3000)}`);
  add('an object 2000 deep', `${'{"a":'.repeat(2000)}1${'}'.repeat(2000)}`);

  // Size: the API reads at most 16 KB.
  add('17 KB of padding', JSON.stringify({ ...valid, pad: 'x'.repeat(17 * 1024) }));
  add('1 MB', 'x'.repeat(1024 * 1024));
  add('20 KB chunked, no Content-Length', JSON.stringify({ ...valid, pad: 'x'.repeat(20 * 1024) }), json, { chunked: true });
  add('Content-Length says 100 MB', text, json, { contentLength: String(100 * 1024 * 1024) });

  // Encodings the API does not speak.
  add('UTF-16LE', Buffer.from(text, 'utf16le'), 'application/json; charset=utf-16le');
  add(
    'UTF-16BE with BOM',
    Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]),
    'application/json; charset=utf-16',
  );
  add('gzip, Content-Encoding: gzip', gzipSync(text), json, { contentEncoding: 'gzip' });
  add('base64', Buffer.from(text).toString('base64'));
  add('invalid UTF-8 bytes', Buffer.from([0x7b, 0x22, 0xc3, 0x28, 0xff, 0xfe, 0x22, 0x7d]));
  add(
    'form-encoded',
    new URLSearchParams(Object.entries(valid).map(([k, v]) => [k, String(v)])).toString(),
    'application/x-www-form-urlencoded',
  );
  add('multipart', `--x\r\nContent-Disposition: form-data; name="body"\r\n\r\n${text}\r\n--x--\r\n`, 'multipart/form-data; boundary=x');
  add('XML', `<?xml version="1.0"?><body>${text}</body>`, 'application/xml');
  return bodies;
}

/** Junk for routes that take no body at all. */
export const JUNK_BODIES: BadBody[] = [
  { label: 'broken JSON', body: '{"a":', contentType: json },
  { label: 'an array', body: '[1,2,3]', contentType: json },
  { label: 'a string', body: '"hello"', contentType: json },
  { label: 'deep nesting', body: `${'['.repeat(3000)}${']'.repeat(3000)}`, contentType: json },
  { label: '17 KB', body: JSON.stringify({ pad: 'x'.repeat(17 * 1024) }), contentType: json },
  { label: 'binary', body: Buffer.from([0, 1, 2, 0xff, 0xfe, 0x80]), contentType: 'application/octet-stream' },
  { label: 'form', body: 'a=1&b=2', contentType: 'application/x-www-form-urlencoded' },
  { label: 'text', body: 'hello', contentType: 'text/plain' },
];
