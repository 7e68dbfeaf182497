/**
 * A small inline SVG bar of claim status across the site. Each segment has a
 * colour AND a fill pattern, the numbers are written beside it, the SVG has a
 * title and description, and a data table with the same numbers follows it.
 */
import type {Element} from 'hast'
import {h, s} from 'hastscript'

export interface StatusTotals {
  sourced: number
  weak: number
  unsourced: number
}

const segments = [
  {key: 'sourced', label: 'Sourced', fill: '#1d6b38', pattern: 'solid'},
  {key: 'weak', label: 'Weak source', fill: '#7a4a00', pattern: 'dots'},
  {key: 'unsourced', label: 'Unsourced', fill: '#a4161a', pattern: 'hatch'}
] as const

function percent(part: number, total: number): string {
  return total === 0 ? '0%' : `${Math.round((part / total) * 100)}%`
}

function patternDefs(): Element {
  return s('defs', [
    s('pattern', {id: 'pattern-dots', width: 8, height: 8, patternUnits: 'userSpaceOnUse'}, [
      s('rect', {width: 8, height: 8, fill: '#fff1cc'}),
      s('circle', {cx: 4, cy: 4, r: 2.2, fill: '#7a4a00'})
    ]),
    s('pattern', {id: 'pattern-hatch', width: 8, height: 8, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)'}, [
      s('rect', {width: 8, height: 8, fill: '#fde7e7'}),
      s('rect', {width: 3, height: 8, fill: '#a4161a'})
    ])
  ])
}

function fillOf(pattern: string, colour: string): string {
  return pattern === 'solid' ? colour : `url(#pattern-${pattern})`
}

export function statusChart(totals: StatusTotals): Element {
  const total = totals.sourced + totals.weak + totals.unsourced
  const width = 600
  const barHeight = 36
  const summary = segments.map((segment) => `${segment.label}: ${totals[segment.key]} (${percent(totals[segment.key], total)})`).join('; ')
  const bars: Element[] = []
  let x = 0
  for (const segment of segments) {
    const value = totals[segment.key]
    if (value === 0 || total === 0) continue
    const w = (value / total) * width
    bars.push(s('rect', {x, y: 0, width: w, height: barHeight, fill: fillOf(segment.pattern, segment.fill), stroke: '#1b1b1b', strokeWidth: 1}))
    x += w
  }
  if (total === 0) bars.push(s('rect', {x: 0, y: 0, width, height: barHeight, fill: '#fff', stroke: '#1b1b1b'}))
  const legend = segments.map((segment, index) =>
    s('g', {transform: `translate(${index * 200}, ${barHeight + 14})`}, [
      s('rect', {width: 22, height: 14, fill: fillOf(segment.pattern, segment.fill), stroke: '#1b1b1b'}),
      s('text', {x: 28, y: 12, fontSize: 14, fill: '#1b1b1b'}, `${segment.label}: ${totals[segment.key]} (${percent(totals[segment.key], total)})`)
    ])
  )
  return h('figure', {className: ['chart'], ariaLabelledby: 'chart-caption'}, [
    h('figcaption', {id: 'chart-caption'}, `Claim status across the site (${total} claims)`),
    s('svg', {viewBox: `0 0 ${width} ${barHeight + 36}`, role: 'img', ariaLabelledby: 'chart-title chart-desc', focusable: 'false'}, [
      s('title', {id: 'chart-title'}, 'Claim status across the site'),
      s('desc', {id: 'chart-desc'}, total === 0 ? 'No health claims were found.' : summary),
      patternDefs(),
      ...bars,
      ...legend
    ]),
    h('table', [
      h('caption', {className: ['sr-only']}, 'Claim status across the site, as numbers'),
      h('thead', h('tr', [h('th', {scope: 'col'}, 'Status'), h('th', {scope: 'col'}, 'Claims'), h('th', {scope: 'col'}, 'Share')])),
      h(
        'tbody',
        segments.map((segment) =>
          h('tr', [h('th', {scope: 'row'}, segment.label), h('td', String(totals[segment.key])), h('td', percent(totals[segment.key], total))])
        )
      )
    ])
  ])
}
