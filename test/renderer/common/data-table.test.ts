import { mount } from '@vue/test-utils'
import { defineComponent, h } from 'vue'
import { describe, expect, it } from 'vitest'
import DataTable from '@renderer/components/common/DataTable.vue'
import type { TableColumn } from '@renderer/lib/table-columns'

interface Fruit {
  name: string
  count: number
  colour: string
}
const FRUITS: Fruit[] = [
  { name: 'apple', count: 3, colour: 'red' },
  { name: 'pear', count: 12, colour: 'green' }
]
const COLUMNS: TableColumn<Fruit>[] = [
  { key: 'name', label: 'Fruit', rowHeader: true, text: (fruit) => fruit.name },
  { key: 'count', label: 'Count', numeric: true, cellClass: 'mono', text: (fruit) => fruit.count },
  {
    key: 'colour',
    label: 'Colour',
    cellAttrs: (fruit) => ({
      'data-colour': fruit.colour,
      title: `${fruit.name} is ${fruit.colour}`
    })
  }
]

/** Lays a box out as a browser would: its content `content` px wide in a `box` px wide box. */
function layOut(element: HTMLElement, content: number, box: number): void {
  Object.defineProperty(element, 'scrollWidth', { configurable: true, value: content })
  Object.defineProperty(element, 'clientWidth', { configurable: true, value: box })
}

/** The fruit table with the given props beside the columns, rows and key of every case. */
const fruitTable = (props: Record<string, unknown>) =>
  mount(DataTable<Fruit>, {
    props: { columns: COLUMNS, rows: FRUITS, rowKey: (fruit: Fruit) => fruit.name, ...props }
  })

describe('DataTable', () => {
  it('writes the rows in their columns, headers scoped, named by its caption', () => {
    const wrapper = fruitTable({ caption: 'Fruit bowl' })
    const table = wrapper.get('table.data')
    expect(table.get('caption').text()).toBe('Fruit bowl')
    expect(table.get('caption').classes()).toEqual(['muted', 'small', 'note'])
    expect(table.attributes('aria-label')).toBeUndefined()
    const heads = table.findAll('thead th')
    expect(heads.map((th) => [th.text(), th.attributes('scope'), th.classes()])).toEqual([
      ['Fruit', 'col', []],
      ['Count', 'col', ['number']],
      ['Colour', 'col', []]
    ])
    const rows = table.findAll('tbody tr')
    expect(rows).toHaveLength(2)
    const [name, count, colour] = rows[1]!.findAll('th, td')
    expect([name!.element.tagName, name!.attributes('scope'), name!.text()]).toEqual([
      'TH',
      'row',
      'pear'
    ])
    expect([count!.element.tagName, count!.classes(), count!.text()]).toEqual([
      'TD',
      ['number', 'mono'],
      '12'
    ])
    expect(colour!.attributes('data-colour')).toBe('green')
    expect(colour!.attributes('title')).toBe('pear is green')
  })

  it('with no caption it is named by its label; a headless table writes no header row', () => {
    const wrapper = fruitTable({ label: 'Fruit', headless: true, variant: 'plain' })
    const table = wrapper.get('table')
    expect(table.attributes('aria-label')).toBe('Fruit')
    expect(table.find('caption').exists()).toBe(false)
    expect(table.find('thead').exists()).toBe(false)
    expect(table.classes()).not.toContain('data')
  })

  it('draws cells and headers with its slots, a spanning header covering the next column', () => {
    const columns: TableColumn<Fruit>[] = [
      { key: 'name', label: 'Fruit', headSpan: 2, text: (fruit) => fruit.name },
      { key: 'colour', label: '' },
      { key: 'count', label: 'Count', numeric: true }
    ]
    const wrapper = mount(DataTable<Fruit>, {
      props: { columns, rows: FRUITS, rowKey: (fruit: Fruit) => fruit.name, label: 'Fruit' },
      slots: {
        'cell-colour': ({ row }: { row: Fruit }) => h('i', { class: 'swatch' }, row.colour),
        'head-count': ({ column }: { column: TableColumn<Fruit> }) =>
          h('b', column.label.toUpperCase()),
        'cell-count': ({ row, index }: { row: Fruit; index: number }) =>
          `${index + 1}: ${row.count}`
      }
    })
    const heads = wrapper.findAll('thead th')
    expect(heads.map((th) => [th.text(), th.attributes('colspan')])).toEqual([
      ['Fruit', '2'],
      ['COUNT', undefined]
    ])
    const cells = wrapper.findAll('tbody tr')[0]!.findAll('td')
    expect(cells.map((cell) => cell.text())).toEqual(['apple', 'red', '1: 3'])
    expect(cells[1]!.find('i.swatch').exists()).toBe(true)
  })

  it('gives each row its attributes and listeners', async () => {
    const opened: string[] = []
    const wrapper = fruitTable({
      label: 'Fruit',
      rowAttrs: (fruit: Fruit) => ({
        'data-fruit': fruit.name,
        class: { opened: fruit.name === 'pear' },
        onClick: () => opened.push(fruit.name)
      })
    })
    const rows = wrapper.findAll('tbody tr')
    expect(rows.map((row) => [row.attributes('data-fruit'), row.classes()])).toEqual([
      ['apple', []],
      ['pear', ['opened']]
    ])
    await rows[0]!.trigger('click')
    expect(opened).toEqual(['apple'])
  })

  it('its scrolling box is a Tab stop only while it overflows, and never when the rows hold controls', async () => {
    const Host = defineComponent({
      props: { rows: { type: Array as () => Fruit[], required: true }, controls: Boolean },
      setup: (props) => () =>
        h(DataTable<Fruit>, {
          columns: COLUMNS,
          rows: props.rows,
          rowKey: (fruit: Fruit) => fruit.name,
          label: 'Fruit',
          scroll: 'tall',
          rowControls: props.controls
        })
    })
    const wrapper = mount(Host, { props: { rows: FRUITS } })
    const box = wrapper.get('.data-table').element as HTMLElement
    expect(wrapper.get('.data-table').classes()).toContain('tall')
    expect(box.hasAttribute('tabindex')).toBe(false)
    layOut(box, 900, 400)
    await wrapper.setProps({ rows: [...FRUITS, { name: 'fig', count: 1, colour: 'purple' }] })
    expect(box.getAttribute('tabindex')).toBe('0')
    layOut(box, 400, 400)
    await wrapper.setProps({ rows: FRUITS })
    expect(box.hasAttribute('tabindex')).toBe(false)

    const withControls = mount(Host, { props: { rows: FRUITS, controls: true } })
    const controlled = withControls.get('.data-table').element as HTMLElement
    layOut(controlled, 900, 400)
    await withControls.setProps({ rows: [...FRUITS] })
    expect(controlled.hasAttribute('tabindex')).toBe(false)
  })
})
