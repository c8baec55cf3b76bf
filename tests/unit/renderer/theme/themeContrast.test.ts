/**
 * Every colour pair the stylesheets draw meets WCAG AA in both themes: text
 * 4.5:1 on what it sits on, marks, focus rings and control edges 3:1. Read
 * from tokens.css itself, so a changed colour is checked as it is written.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const CSS = readFileSync(
  join(import.meta.dirname, '../../../../src/renderer/theme/tokens.css'),
  'utf8',
)

/** The custom properties of the first block whose selector is `selector`. */
function tokens(selector: string): Map<string, string> {
  const start = CSS.indexOf(`${selector} {`)
  if (start < 0) throw new Error(`no ${selector} block`)
  const body = CSS.slice(start, CSS.indexOf('\n}', start))
  const found = new Map<string, string>()
  for (const [, name, value] of body.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6});/gi)) {
    found.set(name!, value!.toLowerCase())
  }
  return found
}

const LIGHT = tokens(':root')
// Dark overrides the colours; everything else is shared.
const DARK = new Map([...LIGHT, ...tokens(":root[data-theme='dark']")])

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number]
  return (x + 0.05) / (y + 0.05)
}

const SURFACES = ['--color-canvas', '--color-surface', '--color-surface-sunken']
const TEXT_PAIRS: [string, string][] = [
  ...['--color-text', '--color-text-muted', '--color-accent', '--color-danger'].flatMap((t) =>
    SURFACES.map((s): [string, string] => [t, s]),
  ),
  ['--color-text', '--color-surface-hover'],
  ['--color-success', '--color-surface'],
  ['--color-warning', '--color-surface'],
  ['--color-text-on-accent', '--color-accent'],
  ['--color-text-on-accent', '--color-accent-hover'],
  ['--color-accent', '--color-accent-soft'],
  ['--color-text', '--color-accent-soft'],
  ['--color-text', '--color-danger-soft'],
  ['--color-danger', '--color-danger-soft'],
  ['--color-warning', '--color-warning-soft'],
  // Toasts: surface-coloured text on the text colour, and on danger.
  ['--color-surface', '--color-text'],
  ['--color-surface', '--color-danger'],
  ...Array.from({ length: 8 }, (_, i): [string, string] => [`--team-${i}-fg`, `--team-${i}-bg`]),
  // Status labels in the export preview (the wiki's status templates), on the preview's surface.
  ...[
    '--status-todo',
    '--status-in-progress',
    '--status-done',
    '--status-blocked',
    '--status-postponed',
    '--status-partially-done',
  ].map((s): [string, string] => [s, '--color-surface']),
  // Wikitext highlighting, on the editor's surface, its selection and a search match.
  ...[
    '--code-heading',
    '--code-template',
    '--code-link',
    '--code-markup',
    '--code-comment',
  ].flatMap((t) =>
    ['--color-surface', '--code-selection', '--code-match'].map((s): [string, string] => [t, s]),
  ),
  ['--code-gutter', '--color-surface-sunken'],
  // The Publish diff: highlighted text and the +/− signs on added and removed lines' tints.
  ...[
    '--color-text',
    '--code-heading',
    '--code-template',
    '--code-link',
    '--code-markup',
    '--code-comment',
  ].flatMap((t) => ['--diff-added-bg', '--diff-removed-bg'].map((s): [string, string] => [t, s])),
  ['--diff-added-sign', '--diff-added-bg'],
  ['--diff-removed-sign', '--diff-removed-bg'],
  ['--color-text', '--code-selection'],
  ['--color-text', '--code-match'],
]
const MARK_PAIRS: [string, string][] = [
  ['--color-focus', '--color-surface'],
  ['--color-focus', '--color-canvas'],
  ['--color-line-strong', '--color-surface'],
  // A switch's track edge on the window's background (the board toolbar), and its thumb
  // when off on the track (when on: text-on-accent on accent, checked as text above).
  ['--color-line-strong', '--color-canvas'],
  ['--color-text-muted', '--color-surface-sunken'],
  ...[
    '--status-todo',
    '--status-in-progress',
    '--status-done',
    '--status-blocked',
    '--status-postponed',
    '--status-partially-done',
  ].flatMap((s) => [
    [s, '--color-surface'] as [string, string],
    [s, '--color-surface-sunken'] as [string, string],
  ]),
]

describe.each([
  ['light', LIGHT],
  ['dark', DARK],
])('the %s theme', (_name, theme) => {
  const colour = (name: string) => {
    const value = theme.get(name)
    if (!value) throw new Error(`${name} is not a #rrggbb colour of the theme`)
    return value
  }
  it('draws text at 4.5:1 or more on what it sits on', () => {
    const low = TEXT_PAIRS.map(([fg, bg]) => ({ fg, bg, ratio: contrast(colour(fg), colour(bg)) }))
    expect(low.filter((p) => p.ratio < 4.5)).toEqual([])
  })
  it('draws marks, focus rings and control edges at 3:1 or more', () => {
    const low = MARK_PAIRS.map(([fg, bg]) => ({ fg, bg, ratio: contrast(colour(fg), colour(bg)) }))
    expect(low.filter((p) => p.ratio < 3)).toEqual([])
  })
})

it('the dark theme gives every colour of the light one a dark value', () => {
  const colours = [...LIGHT.keys()].filter(
    (k) =>
      k.startsWith('--color-') ||
      k.startsWith('--status-') ||
      k.startsWith('--team-') ||
      k.startsWith('--code-') ||
      k.startsWith('--diff-'),
  )
  const dark = tokens(":root[data-theme='dark']")
  expect(colours.filter((k) => !dark.has(k) && k !== '--color-backdrop')).toEqual([])
})
