import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import prettier from 'eslint-config-prettier'

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.ml-registry/**', 'docs/examples/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' }
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
      ],
      'no-restricted-imports': 'off'
    }
  },
  {
    // The runner protocol lives in action-kit's workflow-commands.ts: @actions/core loads an HTTP
    // client on import, which multiplied every step's start-up time.
    files: ['**/*.ts'],
    ignores: ['**/tests/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@actions/core',
              message:
                'Use @ml-actions/action-kit (workflow-commands.ts); see docs/contributing.md.'
            }
          ]
        }
      ]
    }
  },
  {
    // Pure library code must not depend on the runner: only the thin action shells and the
    // GitHub/action plumbing packages may import @actions/*.
    files: ['packages/core/src/**/*.ts', 'packages/registry/src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@actions/*'] }]
    }
  }
)
