import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiError } from '@/lib/api/api-error';
import { MAX_BODY_BYTES, readJson } from '@/lib/api/read-json';

const schema = z.object({ seconds: z.number().int().min(10) }).strict();
const post = (body: string) => new Request('http://x/', { method: 'POST', body });

async function failure(body: string) {
  try {
    await readJson(post(body), schema);
  } catch (error) {
    if (error instanceof ApiError) return { status: error.status, code: error.code, message: error.message };
  }
  return null;
}

describe('readJson', () => {
  it('returns the parsed, checked body', async () => {
    expect(await readJson(post('{"seconds":30}'), schema)).toEqual({ seconds: 30 });
  });

  it.each([
    ['broken JSON', '{"seconds":', 'invalid_input'],
    ['an empty body', '', 'invalid_input'],
    ['a wrong type', '{"seconds":"30"}', 'invalid_input'],
    ['an extra field', '{"seconds":30,"admin":true}', 'invalid_input'],
    ['an array', '[1,2]', 'invalid_input'],
  ])('refuses %s with 400', async (_label, body, code) => {
    expect(await failure(body)).toMatchObject({ status: 400, code });
  });

  it('says which field is wrong and how', async () => {
    expect((await failure('{"seconds":5}'))?.message).toMatch(/^seconds: /);
  });

  it('refuses a body over 16 KB with 413 without reading all of it', async () => {
    expect(await failure(`{"seconds":10,"pad":"${'a'.repeat(MAX_BODY_BYTES)}"}`)).toMatchObject({ status: 413, code: 'payload_too_large' });
  });
});
