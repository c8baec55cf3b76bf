/**
 * Every custom property a stylesheet reads is defined: by the theme
 * (tokens.css) or by a rule of the stylesheets themselves. An undefined
 * `var(--name)` makes its declaration invalid, so the colour or border is
 * silently dropped (a progress bar whose In progress segment draws nothing,
 * a sticky lane header that cards show through).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const RENDERER = join(import.meta.dirname, '../../../../src/renderer')

function stylesheets(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name)
    if (statSync(path).isDirectory()) return stylesheets(path)
    return name.endsWith('.css') ? [path] : []
  })
}

/**
 * Properties a library sets on the element at run time, not in a stylesheet:
 * React Aria gives a select's popover the width of its button.
 */
const SET_AT_RUN_TIME = new Set(['--trigger-width'])

describe('stylesheets', () => {
  const files = stylesheets(RENDERER)
  const texts = files.map((file) => ({ file, css: readFileSync(file, 'utf8') }))
  const defined = new Set(
    texts.flatMap(({ css }) => [...css.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1])),
  )

  it('are found, the theme among them', () => {
    expect(files.some((file) => file.endsWith('tokens.css'))).toBe(true)
    expect(defined.has('--color-accent')).toBe(true)
  })

  it('read only custom properties that are defined', () => {
    const undefinedUses = texts.flatMap(({ file, css }) =>
      [...css.matchAll(/var\(\s*(--[\w-]+)\s*\)/g)]
        .filter((m) => !defined.has(m[1]) && !SET_AT_RUN_TIME.has(m[1] ?? ''))
        .map((m) => `${file.slice(RENDERER.length + 1)}: ${m[1]}`),
    )
    expect(undefinedUses).toEqual([])
  })
})
