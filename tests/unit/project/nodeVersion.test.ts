/**
 * The Node.js version a newcomer is told to use is the same everywhere:
 * README, .nvmrc and package.json's engines, and it satisfies what Electron
 * itself requires (else `npm install` warns about it).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '..', '..', '..')
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8')

/** "22.12" or "22.12.0" as [22, 12, 0]. */
function version(text: string): [number, number, number] {
  const match = /^(\d+)\.(\d+)(?:\.(\d+))?$/.exec(text.trim())
  if (!match) throw new Error(`not a version: "${text}"`)
  return [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)]
}

/** The least version of a ">= x.y.z" range (the only form used here). */
function floor(range: string): [number, number, number] {
  const match = /^>=\s*(\S+)$/.exec(range.trim())
  if (!match?.[1]) throw new Error(`not a ">=" range: "${range}"`)
  return version(match[1])
}

const atLeast = (a: number[], b: number[]) => {
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0)
  return true
}

describe('the Node.js version', () => {
  const engines = floor(JSON.parse(read('package.json')).engines.node)
  const nvmrc = version(read('.nvmrc'))
  const readme = /You need Node\.js (\d+\.\d+(?:\.\d+)?) or newer/.exec(read('README.md'))

  it('is the same in package.json engines, .nvmrc and the README', () => {
    expect(readme?.[1], 'README names the version').toBeDefined()
    expect(nvmrc).toEqual(engines)
    expect(version(readme?.[1] ?? '')).toEqual(engines)
  })

  it('is one Electron accepts', () => {
    const electron = JSON.parse(read('node_modules/electron/package.json')).engines.node as string
    expect(atLeast(engines, floor(electron))).toBe(true)
  })
})
