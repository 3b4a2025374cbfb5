import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import prettier from 'eslint-config-prettier'

// The runner protocol lives in action-kit's workflow-commands.ts: @actions/core loads an HTTP
// client on import, which multiplied every step's start-up time.
const NO_ACTIONS_CORE = {
  name: '@actions/core',
  message: 'Use @ml-actions/action-kit (workflow-commands.ts); see docs/contributing.md.'
}
const ENTRY_POINT_ONLY =
  'Import the action through its entry point, actions/<name>/src/index.js, not its internals.'

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
    files: ['**/*.ts'],
    ignores: ['**/tests/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [NO_ACTIONS_CORE]
        }
      ]
    }
  },
  {
    // The root action and the CLI reach an action only through its entry point
    // (actions/<name>/src/index.ts: definition, pipeline body, command); the bundle entry starts each
    // action's main.ts, the runner's own door.
    files: ['src/**/*.ts'],
    ignores: ['**/tests/**', 'src/bundle/entry.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [NO_ACTIONS_CORE],
          patterns: [
            {
              group: ['**/actions/*/src/*', '!**/actions/*/src/index.js'],
              message: ENTRY_POINT_ONLY
            }
          ]
        }
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: String.raw`ImportExpression[source.value=/actions\/[^/]+\/src\/(?!index\.js$)/]`,
          message: ENTRY_POINT_ONLY
        }
      ]
    }
  },
  {
    // Pure library code must not depend on the runner: only the thin action shells and the
    // GitHub/action plumbing packages may import @actions/*.
    files: [
      'packages/core/src/**/*.ts',
      'packages/registry/src/**/*.ts',
      'packages/onnx/src/**/*.ts'
    ],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@actions/*'] }]
    }
  },
  {
    // Core is pure, data in and data out: its file reading lives in src/io (@ml-actions/core/io).
    files: ['packages/core/src/**/*.ts'],
    ignores: ['packages/core/src/io/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@actions/*'] },
            {
              group: ['node:fs', 'node:fs/*', 'fs', 'fs/*'],
              message: 'Read files in packages/core/src/io.'
            }
          ]
        }
      ]
    }
  }
)
