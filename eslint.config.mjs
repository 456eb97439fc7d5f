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
