import { describe, expect, it } from 'vitest';
import { parseCookies } from '@/lib/browser/document-cookies';
import { tabsWithSameStorage } from '@/lib/browser/tab-presence';
import { jsonBytes, utf16Bytes, utf8Bytes } from '@/lib/sizes/byte-size';
import { measureCookieHeader } from '@/lib/sizes/cookie-header';
import { previewJson } from '@/lib/i18n/format';
import { labNoteSchema } from '@/lib/labs/note';
import { labPayload, labPayloadSchema } from '@/lib/labs/payload';
import { LABS } from '@/lib/labs/labs';
import { getDictionary } from '@/lib/i18n/dictionary';
import { LANGUAGES } from '@/lib/i18n/languages';

describe('byte sizes', () => {
  it('counts UTF-8 for cookies and JSON, UTF-16 for Web Storage', () => {
    expect(utf8Bytes('한')).toBe(3);
    expect(utf16Bytes('한')).toBe(2);
    expect(jsonBytes('en')).toBe(4);
    expect(jsonBytes([])).toBe(2);
  });
});

describe('measureCookieHeader', () => {
  it('gives names and sizes, never values', () => {
    const weight = measureCookieHeader('__Host-sid=Fe26.secret; lab_big=xxxx');
    expect(weight).toEqual({
      total: 36,
      cookies: [
        { name: '__Host-sid', bytes: 22 },
        { name: 'lab_big', bytes: 12 },
      ],
    });
    expect(JSON.stringify(weight)).not.toContain('secret');
  });

  it('handles no header', () => {
    expect(measureCookieHeader(null)).toEqual({ total: 0, cookies: [] });
  });
});

describe('parseCookies', () => {
  it('splits document.cookie, keeping = inside values', () => {
    expect(parseCookies('a=1; b=x=y; c=')).toEqual([
      { name: 'a', value: '1' },
      { name: 'b', value: 'x=y' },
      { name: 'c', value: '' },
    ]);
    expect(parseCookies('')).toEqual([]);
  });
});

describe('tabsWithSameStorage', () => {
  const text = (entries: Record<string, string>) => JSON.stringify(entries);
  it('counts this tab and every peer holding the same values for the keys asked about', () => {
    const presence = {
      self: text({ 'lab:note': 'blue', 'lab:other': '1' }),
      peers: new Map([
        ['a', text({ 'lab:note': 'blue' })],
        ['b', text({})],
        ['c', text({ 'lab:note': 'red' })],
      ]),
    };
    expect(tabsWithSameStorage(presence, ['lab:note'])).toEqual({ same: 2, total: 4, empty: false });
    // Nobody holds lab:language: all four are alike, and this tab holds none of it.
    expect(tabsWithSameStorage(presence, ['lab:language'])).toEqual({ same: 4, total: 4, empty: true });
  });

  it('says when this tab holds none of the keys, so two empty tabs are not "holding the same data"', () => {
    const presence = { self: text({ 'lab:other': '1' }), peers: new Map([['a', text({})]]) };
    expect(tabsWithSameStorage(presence, ['lab:note'])).toEqual({ same: 2, total: 2, empty: true });
  });
});

describe('lab inputs', () => {
  it('the note is 1 to 40 characters after trimming, and nothing else', () => {
    expect(labNoteSchema.safeParse({ note: '  blue ' })).toMatchObject({ success: true, data: { note: 'blue' } });
    expect(labNoteSchema.safeParse({ note: '   ' }).success).toBe(false);
    expect(labNoteSchema.safeParse({ note: 'x'.repeat(41) }).success).toBe(false);
    expect(labNoteSchema.safeParse({ note: null }).success).toBe(false);
    expect(labNoteSchema.safeParse({ note: 'a', extra: 1 }).success).toBe(false);
  });

  it('the payload is 1 to 64 KB and is stored as exactly that many bytes of JSON', () => {
    expect(labPayloadSchema.safeParse({ kilobytes: '64' })).toMatchObject({ success: true, data: { kilobytes: 64 } });
    for (const kilobytes of [0, 65, 1.5, 'lots', null]) expect(labPayloadSchema.safeParse({ kilobytes }).success).toBe(false);
    expect(jsonBytes(labPayload(64))).toBe(65_536);
  });

  it('long values are cut for display', () => {
    expect(previewJson('x'.repeat(500))).toEqual({ text: `"${'x'.repeat(119)}`, cut: true });
    expect(previewJson(['a'])).toEqual({ text: '["a"]', cut: false });
  });
});

describe('the lab list', () => {
  it('has a title and a one-line claim for every lab in every language', () => {
    for (const language of LANGUAGES) {
      const t = getDictionary(language).labs;
      for (const { slug } of LABS) {
        expect(t[`${slug}Title`]).toBeTruthy();
        expect(t[`${slug}Summary`]).toBeTruthy();
      }
    }
  });
});
