import { describe, expect, it } from 'vitest'
import { sentTable } from '@renderer/lib/data/sent-table'

/** How the page sends a chosen file to Predict/Evaluate: CSV as text, other tables as bytes. */
describe('sentTable', () => {
  it('sends CSV/TSV as its text', async () => {
    const file = new File(['a,b\n1,2\n'], 'rows.tsv')
    expect(await sentTable(file)).toEqual({ name: 'rows.tsv', text: 'a,b\n1,2\n' })
  })

  it('sends a workbook, arrays or a .gz as base64 of every byte (past one chunk)', async () => {
    const bytes = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 7919) % 256)
    for (const name of ['book.xlsx', 'iris.npz', 'data.parquet', 'rows.csv.gz']) {
      const sent = await sentTable(new File([bytes], name))
      expect(sent.encoding).toBe('base64')
      expect(sent.name).toBe(name)
      expect(Uint8Array.from(atob(sent.text), (c) => c.charCodeAt(0))).toEqual(bytes)
    }
  })
})
