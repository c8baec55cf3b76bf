/**
 * The wiki package's shape: syntax/ (scanners, escaping, entities, markup
 * readers, profiles) is shared by export/ and import/, which never import each
 * other, and no module imports itself through others. Read from the sources'
 * import statements (type-only imports count too: they tie modules together
 * just the same for a reader).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, normalize, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '../../../../src/shared/wiki')

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  )
}

/** Each module (path relative to the package) and the package modules it imports. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>()
  for (const file of sources(ROOT)) {
    const text = readFileSync(file, 'utf8')
    const targets = [...text.matchAll(/\bfrom\s+'(\.{1,2}\/[^']+)'/g)]
      .map((match) => normalize(join(dirname(file), `${match[1]}.ts`)))
      .filter((target) => target.startsWith(ROOT))
      .map((target) => relative(ROOT, target))
    graph.set(relative(ROOT, file), targets)
  }
  return graph
}

const layer = (module: string): string => module.split('/')[0] as string

describe('the wiki package', () => {
  const graph = importGraph()

  it('has syntax/, export/ and import/ and reads every import it declares', () => {
    expect([...new Set([...graph.keys()].map(layer))].sort()).toEqual([
      'export',
      'import',
      'index.ts',
      'syntax',
    ])
    for (const targets of graph.values())
      for (const target of targets) expect(graph.has(target), target).toBe(true)
  })

  it('keeps export and import apart, and syntax free of both', () => {
    const allowed: Record<string, string[]> = {
      syntax: ['syntax'],
      export: ['syntax', 'export'],
      import: ['syntax', 'import'],
    }
    const wrong: string[] = []
    for (const [module, targets] of graph) {
      const may = allowed[layer(module)]
      if (!may) continue
      for (const target of targets)
        if (!may.includes(layer(target))) wrong.push(`${module} imports ${target}`)
    }
    expect(wrong).toEqual([])
  })

  it('has no import cycles', () => {
    const cycles: string[] = []
    const state = new Map<string, 'open' | 'done'>()
    const visit = (module: string, path: string[]): void => {
      if (state.get(module) === 'done') return
      if (state.get(module) === 'open') {
        cycles.push([...path.slice(path.indexOf(module)), module].join(' → '))
        return
      }
      state.set(module, 'open')
      for (const target of graph.get(module) ?? []) visit(target, [...path, module])
      state.set(module, 'done')
    }
    for (const module of graph.keys()) visit(module, [])
    expect(cycles).toEqual([])
  })
})
