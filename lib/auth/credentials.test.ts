import { describe, expect, it } from 'vitest';
import { getDictionary } from '../i18n/dictionary';
import { credentialsSchema } from './credentials';

const schema = credentialsSchema(getDictionary('en').auth);

describe('credentialsSchema', () => {
  it('accepts a username and a password, trimming the username', () => {
    expect(schema.parse({ username: ' alice ', password: ' wonderland ' })).toEqual({ username: 'alice', password: ' wonderland ' });
  });

  it.each([
    [{}, 'Enter your username.'],
    [{ username: 'alice' }, 'Enter your password.'],
    [{ username: '   ', password: 'x' }, 'Enter your username.'],
    [{ username: 5, password: 'x' }, 'Enter your username.'],
    [{ username: 'alice', password: ['x'] }, 'Enter your password.'],
    [{ username: 'a'.repeat(65), password: 'x' }, 'A username has at most 64 characters.'],
    [{ username: 'alice', password: 'x'.repeat(257) }, 'A password has at most 256 characters.'],
  ])('refuses %j: %s', (input, message) => {
    const parsed = schema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe(message);
  });

  it('refuses unknown fields', () => {
    expect(schema.safeParse({ username: 'alice', password: 'x', role: 'admin' }).success).toBe(false);
  });

  it("speaks the visitor's language", () => {
    const korean = credentialsSchema(getDictionary('ko').auth).safeParse({});
    expect(korean.error?.issues[0]?.message).toBe('사용자 이름을 입력하세요.');
  });
});
