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

/** An import of one of src/main's folders by relative path (`../../services/x`), by name. */
const mainFolder = (...folders) => `^(\\.\\./)+(${folders.join('|')})(/|$)`

/**
 * src/main's layers, each importing only those below it: front ends (ipc, cli, web, electron)
 * over the services over the worker, db and dataset-arrays, over the engine. `lab.ts` is the
 * composition root, above the services.
 */
const layerImports = (message, ...folders) => [
  'error',
  { patterns: [{ regex: mainFolder(...folders, 'lab$'), message }] }
]

/** Modules lib/ may import for their types only (at run time lib is plain TypeScript). */
const rendererRuntime = {
  regex: '^(vue|pinia|vue-i18n)$|(^|/)(stores|api|composables|i18n)(/|$)',
  allowTypeImports: true,
  message:
    'lib/ is pure TypeScript: no Vue, Pinia, stores, api, composables or i18n at run time (see src/renderer/src/README.md).'
}

/** A file of the renderer in the wrong folder (src/renderer/src/README.md): the whole file is refused. */
const misplaced = (message) => ['error', { selector: 'Program', message }]

/** A composable (`use…`) exported from outside composables/ (the stores' `use…Store` stay in stores/). */
const composableElsewhere = [
  'error',
  ...[
    'ExportNamedDeclaration > FunctionDeclaration[id.name=/^use[A-Z]/]',
    'ExportNamedDeclaration > VariableDeclaration > VariableDeclarator[id.name=/^use[A-Z]/]'
  ].map((selector) => ({
    selector,
    message: 'A composable (use…) lives in composables/ (see src/renderer/src/README.md).'
  }))
]

/** The renderer reaches main only through api/lab.ts. */
const rendererToMain = {
  group: ['electron', 'node:*', 'better-sqlite3', '**/main/**'],
  message: 'The renderer reaches main only through api/lab.ts.'
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
      'no-restricted-imports': ['error', { patterns: [rendererToMain] }]
    }
  },
  {
    files: ['src/renderer/src/lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            rendererToMain,
            {
              regex: '(^|/)components(/|$)|\\.vue$',
              message: 'lib never imports components (see src/renderer/src/README.md).'
            }
          ]
        }
      ],
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [rendererRuntime] }]
    }
  },
  {
    files: ['src/renderer/src/**/*.ts'],
    ignores: ['src/renderer/src/composables/**', 'src/renderer/src/stores/**'],
    rules: { 'no-restricted-syntax': composableElsewhere }
  },
  {
    files: ['src/renderer/src/**/*.vue'],
    ignores: [
      'src/renderer/src/components/**',
      'src/renderer/src/views/**',
      'src/renderer/src/App.vue'
    ],
    rules: {
      'no-restricted-syntax': misplaced(
        '.vue files live in components/ (the screens in views/): see src/renderer/src/README.md.'
      )
    }
  },
  {
    files: ['src/renderer/src/components/**/*.ts', 'src/renderer/src/views/**/*.ts'],
    rules: {
      'no-restricted-syntax': misplaced(
        'components/ and views/ hold .vue files: pure TypeScript goes in lib/, composables in composables/ (src/renderer/src/README.md).'
      )
    }
  },
  { files: ['src/shared/**'], rules: { 'no-restricted-imports': ['error', runtimeModules] } },
  {
    // The front ends call the services, never the repositories under them.
    files: ['src/main/ipc/**', 'src/main/cli/**', 'src/main/web/**', 'src/main/electron/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: mainFolder('db'),
              message:
                'Front ends call the services (lab.runs, lab.datasets, …), never the database.'
            }
          ]
        }
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='db']",
          message: 'Front ends call the services (lab.runs, lab.datasets, …), never lab.db.'
        }
      ]
    }
  },
  {
    files: ['src/main/services/**'],
    rules: {
      'no-restricted-imports': layerImports(
        'Services import nothing above them (no front end, no Lab): take what they need.',
        'ipc',
        'cli',
        'web',
        'electron'
      )
    }
  },
  {
    files: ['src/main/worker/**', 'src/main/db/**'],
    rules: {
      'no-restricted-imports': layerImports(
        'The worker and the database import no services nor anything above them.',
        'services',
        'ipc',
        'cli',
        'web',
        'electron'
      )
    }
  },
  {
    files: ['src/main/dataset-arrays/**'],
    rules: {
      'no-restricted-imports': layerImports(
        'dataset-arrays is below the worker and the services: it imports neither.',
        'services',
        'worker',
        'db',
        'ipc',
        'cli',
        'web',
        'electron'
      )
    }
  },
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
