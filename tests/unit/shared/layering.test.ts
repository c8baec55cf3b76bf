import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const SHARED = join(import.meta.dirname, '../../../src/shared')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return entry.name.endsWith('.ts') ? [path] : []
  })
}

function importsOf(path: string): string[] {
  const text = readFileSync(path, 'utf8')
  return [...text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1] as string)
}

describe('the domain model', () => {
  it('does not import the wiki package: the wiki code builds on the model, not the other way', () => {
    const offenders = sourceFiles(SHARED)
      .filter((path) => !relative(SHARED, path).startsWith('wiki'))
      .flatMap((path) =>
        importsOf(path)
          .filter((target) => /(^|\/)wiki(\/|$)/.test(target))
          .map((target) => `${relative(SHARED, path)} imports ${target}`),
      )
    expect(offenders).toEqual([])
  })
})
