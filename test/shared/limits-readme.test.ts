import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { formatLimit, LIMITS, type Limit, type LimitName } from '../../src/shared/limits'

/** The README's table of limits says what shared/limits.ts holds. */
describe('the limits in the README', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
  const table = readme.slice(readme.indexOf('**Limits.**'), readme.indexOf('**Nothing stored'))

  it.each(Object.entries(LIMITS) as [LimitName, Limit][])('%s', (name, limit) => {
    if (limit.env) expect(table).toContain(`\`${limit.env}\``)
    if (name !== 'mainThreadWork') expect(table).toContain(formatLimit(name, limit.value))
  })
})
