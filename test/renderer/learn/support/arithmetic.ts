/**
 * Finds the arithmetic a lesson displays ("0.15 · 0.05 + 0.2 · 0.1 + 0.35 = 0.3775", "1 − 0.6² =
 * 0.64") in TeX formulas and in rendered texts, and evaluates it from the numbers as shown. It is
 * written for this test alone, so that what a learner reads is checked, not the code that wrote it.
 */

/** One displayed claim: an expression of shown numbers, its relation and the result shown. */
export interface Claim {
  line: string
  expression: string
  relation: '=' | '≈'
  shown: string
  computed: number
}

type Token = { kind: 'number'; value: number } | { kind: 'op'; value: string }

/** Plain arithmetic (+ − × / ^, parentheses, |x|, exp, log) from TeX, or null for anything else. */
function fromTex(tex: string): string | null {
  let text = tex
    .replace(/\\(?:big|Big|bigg|Bigg|left|right)(?![a-zA-Z])/g, '')
    .replace(/\\[,;!]|\\(?:quad|qquad)(?![a-zA-Z])/g, '')
    .replace(/\\(?:cdot|times)(?![a-zA-Z])/g, '*')
    .replace(/\\lvert|\\rvert/g, '|')
  // Innermost braces first: e^{x} → exp(x), ^{k} → ^(k), \frac{A}{B} → ((A)/(B)).
  for (let before = ''; before !== text;) {
    before = text
    text = text
      .replace(/e\^\{([^{}]*)\}/g, 'exp($1)')
      .replace(/\^\{([^{}]*)\}/g, '^($1)')
      .replace(/\\[td]?frac\{([^{}]*)\}\{([^{}]*)\}/g, '(($1)/($2))')
  }
  text = text.replace(/\\(?:log|ln)(?![a-zA-Z])/g, 'log')
  if (/[{}\\]/.test(text)) return null
  return text
}

/** Plain arithmetic from displayed text (− × · ² and the like), or null for anything else. */
function fromText(text: string): string {
  return text.replace(/−/g, '-').replace(/[×·]/g, '*').replace(/²/g, '^2').replace(/\\,/g, '')
}

function tokens(text: string): Token[] | null {
  const found: Token[] = []
  const pattern = /\s*(?:(\d+(?:\.\d+)?|\.\d+)|(exp|log|ln)|([-+*/^()|]))/y
  let position = 0
  while (position < text.length) {
    if (/^\s*$/.test(text.slice(position))) break
    pattern.lastIndex = position
    const match = pattern.exec(text)
    if (!match) return null
    if (match[1] !== undefined) found.push({ kind: 'number', value: Number(match[1]) })
    else found.push({ kind: 'op', value: match[2] ?? match[3] })
    position = pattern.lastIndex
  }
  return found
}

/** Evaluates tokens; null when they are not one complete expression. */
function evaluate(list: Token[]): { value: number; operators: number } | null {
  let at = 0
  let operators = 0
  const peek = () => list[at]
  const isOp = (value: string) => peek()?.kind === 'op' && peek()!.value === value
  const expression = (): number => {
    let value = term()
    while (isOp('+') || isOp('-')) {
      const op = (list[at++] as { value: string }).value
      operators++
      value = op === '+' ? value + term() : value - term()
    }
    return value
  }
  const term = (): number => {
    let value = unary()
    for (;;) {
      if (isOp('*') || isOp('/')) {
        const op = (list[at++] as { value: string }).value
        operators++
        value = op === '*' ? value * unary() : value / unary()
      } else if (isOp('(') || isOp('exp') || isOp('log') || peek()?.kind === 'number') {
        // 0.5(0.01 − 0.75): a product written side by side.
        operators++
        value *= unary()
      } else return value
    }
  }
  const unary = (): number => {
    if (isOp('-')) {
      at++
      return -unary()
    }
    return power()
  }
  const power = (): number => {
    const base = primary()
    if (!isOp('^')) return base
    at++
    operators++
    return base ** unary()
  }
  const primary = (): number => {
    const token = list[at++]
    if (!token) throw new Error('end')
    if (token.kind === 'number') return token.value
    if (token.value === '(' || token.value === '|') {
      const value = expression()
      if (!isOp(token.value === '(' ? ')' : '|')) throw new Error('unclosed')
      at++
      return token.value === '|' ? Math.abs(value) : value
    }
    if (token.value === 'exp' || token.value === 'log' || token.value === 'ln') {
      operators++
      const argument = primary()
      return token.value === 'exp' ? Math.exp(argument) : Math.log(argument)
    }
    throw new Error(`unexpected ${token.value}`)
  }
  try {
    const value = expression()
    return at === list.length ? { value, operators } : null
  } catch {
    return null
  }
}

/** A plain arithmetic string's value, if it is one expression with at least one operation. */
function valueOf(text: string | null): number | null {
  if (text === null) return null
  const list = tokens(text)
  if (!list || list.length === 0) return null
  const result = evaluate(list)
  return result && result.operators > 0 ? result.value : null
}

/** A shown result: a number, or a number × 10^k; with the size of one unit in its last digit. */
function shownNumber(text: string): { value: number; unit: number } | null {
  const match = /^\s*(-?\d+(?:\.(\d+))?)(?:\s*\*\s*10\^\(?(-?\d+)\)?)?\s*$/.exec(text)
  if (!match) return null
  const exponent = Number(match[3] ?? 0)
  const decimals = match[2]?.length ?? 0
  return { value: Number(match[1]) * 10 ** exponent, unit: 10 ** (exponent - decimals) }
}

/** Splits a TeX line into clauses (\quad, \qquad) and each into `=`/`\approx` segments. */
export function claimsInTex(tex: string): Claim[] {
  const claims: Claim[] = []
  for (const clause of tex.split(/,?\s*\\q?quad(?![a-zA-Z])/)) {
    const parts = clause.split(/(=|\\approx(?![a-zA-Z]))/)
    for (let k = 1; k + 1 < parts.length; k += 2) {
      const left = parts[k - 1]
      const right = fromTex(parts[k + 1])
      const computed = valueOf(fromTex(left))
      if (computed === null || right === null || !shownNumber(right)) continue
      claims.push({
        line: tex,
        expression: left.trim(),
        relation: parts[k] === '=' ? '=' : '≈',
        shown: right.trim(),
        computed
      })
    }
  }
  return claims
}

/**
 * In a rendered text, each `=` or `≈` whose left side ends in an expression of numbers and whose
 * right side starts with a number that is not itself the start of an expression.
 */
export function claimsInText(text: string): Claim[] {
  const claims: Claim[] = []
  const parts = fromText(text).split(/(=|≈)/)
  for (let k = 1; k + 1 < parts.length; k += 2) {
    const result = /^\s*(-?\d+(?:\.\d+)?)(?!\d|\.\d|\s*[-+*/^(])/.exec(parts[k + 1])
    if (!result) continue
    const left = parts[k - 1]
    for (let start = 0; start < left.length; start++) {
      if (start > 0 && !/[\s(|:：，,]/.test(left[start - 1])) continue
      const computed = valueOf(left.slice(start))
      if (computed === null) continue
      claims.push({
        line: text,
        expression: left.slice(start).trim(),
        relation: parts[k] as '=' | '≈',
        shown: result[1],
        computed
      })
      break
    }
  }
  return claims
}

/**
 * Whether a claim holds at the precision shown: `=` when the expression, computed from the numbers
 * as shown, rounds to the result shown; `≈` when it is within one unit of the result's last digit.
 */
export function holds(claim: Claim): boolean {
  const shown = shownNumber(claim.shown.replace(/\\times/g, '*'))
  if (!shown) return false
  const difference = Math.abs(claim.computed - shown.value)
  const slack = 1e-12 * Math.max(1, Math.abs(shown.value))
  return claim.relation === '='
    ? difference <= shown.unit / 2 + slack
    : difference <= shown.unit + slack
}
