import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // `const { [name]: _removed, ...rest }` drops a key on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^_', argsIgnorePattern: '^_' }],
    },
  },
  {
    // Links load their page ahead only when the visitor reaches for them (components/intent-link.tsx).
    files: ['app/**', 'components/**'],
    ignores: ['components/intent-link.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'next/link', message: 'Use IntentLink from @/components/intent-link: it prefetches on intent, not on sight.' }] },
      ],
    },
  },
  {
    // Dates and numbers are written by lib/i18n/format.ts: the same text from the server and every
    // browser, in UTC, and no formatter's locale data loaded (tens of ms on a phone) while a page
    // starts. Intl.PluralRules, which costs little, stays; money is formatted on the server only.
    files: ['app/**', 'components/**', 'lib/**'],
    ignores: ['lib/i18n/format.ts', 'lib/cart/money.ts', '**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            ":matches(NewExpression, CallExpression)[callee.object.name='Intl'][callee.property.name=/^(DateTimeFormat|NumberFormat|RelativeTimeFormat|ListFormat|DisplayNames)$/]",
          message: 'Use formatDateTime or formatNumber from @/lib/i18n/format.',
        },
        {
          selector: 'CallExpression[callee.property.name=/^toLocale(Date|Time)?String$/]',
          message:
            "Use formatDateTime or formatNumber from @/lib/i18n/format (toLocale… writes in the browser's time zone and locale data).",
        },
      ],
    },
  },
  {
    ignores: [
      '**/.next/**',
      '.bench/**',
      'node_modules/**',
      'next-env.d.ts',
      'data/**',
      '.e2e/**',
      'playwright-report/**',
      'test-results/**',
    ],
  },
];

export default config;
