import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import vue from 'eslint-plugin-vue'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/** Modules the runtime-neutral folders (engine, shared) must never import. */
const runtimeModules = {
  patterns: [
    { group: ['node:*'], message: 'The engine and shared code run anywhere: no Node modules.' },
    {
      group: [
        'electron',
        'better-sqlite3',
        'vue',
        'pinia',
        'chart.js',
        'sharp',
        'fs',
        'path',
        'os',
        'worker_threads',
        'child_process'
      ],
      message: 'The engine and shared code touch no Electron, Node, database or UI module.'
    }
  ]
}

/** The engine imports only shared/model and itself. */
const engineImports = {
  patterns: [
    ...runtimeModules.patterns,
    {
      group: [
        '**/services/**',
        '**/db/**',
        '**/worker/**',
        '**/cli/**',
        '**/ipc/**',
        '**/web/**',
        '**/renderer/**',
        '**/kernel-host/**'
      ],
      message: 'The engine imports only shared/model and itself.'
    }
  ]
}

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'node_modules/**',
      'build/**',
      'resources/**',
      'test-results/**',
      '.ci-out/**',
      'src/main/engine/tensor/wasm/assembly/**',
      'tmp-scratch/**'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'] } },
    rules: {
      'vue/block-lang': ['error', { script: { lang: 'ts' } }],
      'vue/multi-word-component-names': 'off'
    }
  },
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
      ],
      '@typescript-eslint/no-non-null-assertion': 'off'
    }
  },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'node:*', 'better-sqlite3', '**/main/**'],
              message: 'The renderer reaches main only through api/lab.ts.'
            }
          ]
        }
      ]
    }
  },
  { files: ['src/shared/**'], rules: { 'no-restricted-imports': ['error', runtimeModules] } },
  {
    files: ['src/main/engine/**'],
    rules: {
      'no-restricted-imports': ['error', engineImports],
      'no-restricted-globals': [
        'error',
        'setTimeout',
        'setInterval',
        'setImmediate',
        'performance',
        'process',
        'window',
        'document'
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded Rng.' }
      ]
    }
  },
  prettier
)
