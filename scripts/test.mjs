// `npm test`: every check and test the project has, in order, then one line
// "N passed, N failed" that sums them all (type checks, lint and build count as one check each;
// every vitest test — unit, renderer and end-to-end — counts as one).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const out = join(root, '.ci-out')
mkdirSync(out, { recursive: true })
const bin = (name) => join(root, 'node_modules', '.bin', name)

const checks = [
  [
    'type check: engine (no Node or DOM)',
    bin('tsc'),
    ['--noEmit', '-p', 'tsconfig.engine.json', '--composite', 'false']
  ],
  [
    'type check: main, preload, tests',
    bin('tsc'),
    ['--noEmit', '-p', 'tsconfig.node.json', '--composite', 'false']
  ],
  [
    'type check: renderer',
    bin('vue-tsc'),
    ['--noEmit', '-p', 'tsconfig.web.json', '--composite', 'false']
  ],
  ['lint', bin('eslint'), ['.']],
  ['format (prettier --check)', bin('prettier'), ['--check', '.']],
  [
    'build (WASM kernels, then electron-vite)',
    process.execPath,
    [join(root, 'scripts', 'build-all.mjs')]
  ]
]

let passed = 0
let failed = 0
for (const [name, command, args] of checks) {
  process.stdout.write(`\n▶ ${name}\n`)
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' })
  if (result.status === 0) {
    passed++
    process.stdout.write(`✓ ${name}\n`)
  } else {
    failed++
    process.stdout.write(`✗ ${name} (exit ${result.status})\n`)
  }
}

process.stdout.write('\n▶ vitest (unit, renderer, e2e)\n')
const report = join(out, 'vitest.json')
const extra = process.argv.slice(2)
spawnSync(
  bin('vitest'),
  ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extra],
  { cwd: root, stdio: 'inherit' }
)
if (existsSync(report)) {
  const results = JSON.parse(readFileSync(report, 'utf8'))
  passed += results.numPassedTests
  failed += results.numFailedTests
  // A test file that fails to load has no tests to count: count the file as one failure.
  failed += results.testResults.filter(
    (file) => file.status === 'failed' && file.assertionResults.length === 0
  ).length
} else {
  failed++
  process.stdout.write('✗ vitest wrote no report\n')
}

writeFileSync(join(out, 'summary.json'), JSON.stringify({ passed, failed }))
process.stdout.write(`\n${passed} passed, ${failed} failed\n`)
process.exit(failed === 0 ? 0 : 1)
