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
