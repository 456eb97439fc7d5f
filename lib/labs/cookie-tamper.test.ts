import { describe, expect, it } from 'vitest';
import { tamper } from './cookie-tamper';
import { SessionCookieCodec } from '../session/cookie-codec';
import { newSessionId } from '../session/session-id';

describe('tamper', () => {
  const codec = new SessionCookieCodec({ current: 'a-test-secret-a-test-secret-a-test-secret' }, 3600);

  it('changes exactly one character, and the seal then opens to nothing', async () => {
    for (let i = 0; i < 20; i++) {
      const sealed = await codec.seal(newSessionId());
      const edited = tamper(sealed);
      expect(edited).toHaveLength(sealed.length);
      expect([...edited].filter((char, index) => char !== sealed[index])).toHaveLength(1);
      expect(await codec.open(sealed)).not.toBeNull();
      expect(await codec.open(edited)).toBeNull();
    }
  });
});
