import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allMessages } from '@/lib/i18n/dictionary';
import { LANGUAGES, type Language } from '@/lib/i18n/languages';
import { textsOf, type Plural } from '@/lib/i18n/plural';
import { SNIPPETS } from '@/components/stack-equivalents/snippets';
import { COOKIE_LIMIT_BYTES, SESSION_STORAGE_LIMIT_BYTES } from '@/lib/sizes/byte-size';
import { SESSION_BUDGET_BYTES } from '@/lib/sizes/store-limits';

/*
 * What the pages claim, checked against browser-facts.md in every language:
 * the figures are the ones the e2e tests measure (e2e/lab-capacity.spec.ts,
 * e2e/claims.spec.ts), stated the same way in English, Korean and Spanish.
 */

type Feature = keyof typeof allMessages;
const text = (feature: Feature, key: string, language: Language) => (allMessages[feature][language] as Record<string, string>)[key]!;
/** Digits only, so 5,242,880 (en, ko) and 5.242.880 (es) read the same. */
const digits = (value: string) => value.replace(/(\d)[,.](?=\d{3}\b)/g, '$1');

describe('claims on the pages, in every language', () => {
  it.each(LANGUAGES)('%s: a cookie holds 4096 bytes of name and value, and 1024 per attribute value', (language) => {
    for (const [feature, key] of [
      ['compare', 'cookieCapacity'],
      ['labStateless', 'sizeIntro'],
    ] as const) {
      const claim = text(feature, key, language);
      expect(claim, `${feature}.${key}`).toContain(String(COOKIE_LIMIT_BYTES));
      expect(claim, `${feature}.${key}`).toContain('1024');
      // RFC 6265 (2011) counted the attributes in; browsers follow RFC 6265bis, which does not.
      expect(claim).not.toMatch(/name and attributes|이름과 속성을 포함|nombre y atributos/);
    }
  });

  it.each(LANGUAGES)('%s: the sessionStorage quota is per origin: 5,242,880 UTF-16 code units, 10 MiB', (language) => {
    expect(SESSION_STORAGE_LIMIT_BYTES).toBe(5_242_880 * 2);
    const claim = digits(text('dashboard', 'storageSize', language));
    expect(claim).toContain('5242880');
    expect(claim).toMatch(/10 ?MiB/);
    expect(claim).toMatch(/origin|출처|origen/);
    for (const [feature, key] of [
      ['compare', 'storageStored'],
      ['compare', 'storageScope'],
    ] as const) {
      expect(text(feature, key, language), `${feature}.${key}`).toMatch(/origin|출처|origen/);
    }
  });

  it.each(LANGUAGES)('%s: a session holds what the app allows, 80 KB here, not "as much as the store allows"', (language) => {
    expect(SESSION_BUDGET_BYTES).toBe(80 * 1024);
    expect(text('compare', 'sessionCapacity', language)).toMatch(/80 ?KB/);
  });

  it.each(LANGUAGES)('%s: a cookie without Max-Age is only meant to end with the browser; session restore can keep it', (language) => {
    expect(text('dashboard', 'cookieLifetimeSession', language)).toMatch(/session restore|세션 복원|restauración de sesión/);
  });

  it.each(LANGUAGES)('%s: __Host- requires Secure, Path=/ and no Domain; HttpOnly and SameSite are our own choices', (language) => {
    const claim = text('auth', 'cookieProd', language);
    expect(claim).toMatch(/not rules of the prefix|접두사의 규칙이 아니라|no reglas del prefijo/);
    expect(claim).not.toMatch(/unless all of that holds|이 조건을 모두 만족할 때만|si falta algo de eso/);
  });

  it.each(LANGUAGES)('%s: the labs say what their tests check, not "every claim"', (language) => {
    expect(text('labKit', 'tested', language)).not.toMatch(/Every claim|모든 주장|Cada afirmación/);
  });

  it('the three languages state the same figures (every number of three or more digits)', () => {
    const figures = (value: string) => [...digits(value).matchAll(/\d{3,}/g)].map((m) => m[0]).sort();
    const mismatches: string[] = [];
    for (const [feature, messages] of Object.entries(allMessages)) {
      for (const [key, message] of Object.entries(messages.en)) {
        // A plural message states the same figures in every form.
        const english = textsOf(message)[0]!;
        for (const language of LANGUAGES) {
          for (const other of textsOf((messages[language] as Record<string, string | Plural>)[key]!))
            if (JSON.stringify(figures(other)) !== JSON.stringify(figures(english)))
              mismatches.push(`${language} ${feature}.${key}: ${figures(other)} vs en ${figures(english)}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('Korean: a sealed ticket, not a sealed table; revocation is not "remote shutdown"; "like", not "identical to"', () => {
    const korean = Object.values(allMessages)
      .flatMap((messages) => Object.values(messages.ko))
      .join('\n');
    expect(korean).not.toContain('봉인된 표');
    expect(korean).not.toContain('원격 종료');
    expect(korean).not.toContain('HttpSession과 같습니다');
  });

  it('Spanish: one term for the idle timeout, "límite de inactividad"', () => {
    const spanish = Object.values(allMessages)
      .flatMap((messages) => Object.values(messages.es))
      .join('\n');
    expect(spanish).not.toMatch(/tiempo máximo de inactividad|tiempo de inactividad/i);
    expect(spanish).toContain('límite de inactividad');
    expect(spanish).not.toContain('Terminar la sesión al cerrarla');
  });

  /*
   * Chromium's DevTools follows the browser's language, so each language names
   * the path with the labels DevTools shows in it. From ChromeDevTools/devtools-frontend,
   * front_end/core/i18n/locales/{en-US,ko,es}.json:
   *   panels/application/application-meta.ts | application   (the panel's tab)
   *   panels/application/ApplicationPanelSidebar.ts | storage (the sidebar section holding Cookies)
   *   panels/application/ApplicationPanelSidebar.ts | cookies
   */
  const DEVTOOLS_COOKIES_PATH: Record<Language, readonly [application: string, storage: string, cookies: string]> = {
    en: ['Application', 'Storage', 'Cookies'],
    ko: ['애플리케이션', '저장용량', '쿠키'],
    es: ['Aplicación', 'Almacenamiento', 'Cookies'],
  };

  it.each(LANGUAGES)("%s: the DevTools path to the cookies is named with that language's DevTools labels", (language) => {
    const path = DEVTOOLS_COOKIES_PATH[language].join(' → ');
    for (const [feature, key] of [
      ['labSecurity', 'tamperDevtools'],
      ['labStateless', 'replayCurl'],
    ] as const) {
      const claim = text(feature, key, language);
      expect(claim, `${feature}.${key}`).toContain(path);
      if (language !== 'en') expect(claim, `${feature}.${key}`).not.toContain('Application →');
      // No note apologising for English labels: the labels are the translated ones.
      expect(claim, `${feature}.${key}`).not.toMatch(/영어로 표시된|en inglés/);
    }
  });

  it('no dashboard text leans on Servlet jargon (that belongs in the stack equivalents)', () => {
    for (const language of LANGUAGES) {
      for (const feature of ['dashboard', 'live'] as const) {
        const all = Object.values(allMessages[feature][language]).join('\n');
        expect(all, `${language} ${feature}`).not.toMatch(/Servlet|서블릿/);
      }
    }
  });

  it('the PHP snippet states when its garbage collector runs: per session_start(), 1/100 compiled in, 1/1000 in php.ini-production', () => {
    const php = SNIPPETS.idleTimeout.php;
    expect(php).toContain('session_start()');
    expect(php).toContain('1/100');
    expect(php).toContain('1/1000');
    expect(php).not.toMatch(/1 request in 100/);
  });

  it('every experiment next.config.ts turns on is named and explained in the README (npm run dev prints them)', () => {
    const config = readFileSync('next.config.ts', 'utf8');
    const experiments = [...(config.match(/experimental: \{([^}]*)\}/)?.[1] ?? '').matchAll(/(\w+):/g)].map((m) => m[1]!);
    const readme = readFileSync('README.md', 'utf8');
    for (const name of experiments) expect(readme, name).toContain(`✓ ${name}`);
    if (experiments.includes('authInterrupts')) expect(readme).toContain('forbidden()');
  });

  it('the README states the same figures', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain('4096 bytes of name + value');
    expect(readme).toContain('5,242,880 UTF-16 code units (10 MiB) per origin');
    expect(readme).not.toMatch(/about 5 MB|or when the browser closes \|/);
  });
});
