import { resolve } from 'node:path'
import { resolveConfig } from 'electron-vite'
import { build, type Rolldown } from 'vite'
import { describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../../..')

/** Builds the preload exactly as `electron-vite build` does, in memory. */
async function buildPreload(): Promise<Rolldown.OutputChunk[]> {
  const resolved = await resolveConfig({ root, logLevel: 'silent' }, 'build', 'production')
  const preload = resolved.config?.preload
  if (!preload) throw new Error('electron.vite.config.ts has no preload section')
  const result = await build({
    ...preload,
    logLevel: 'silent',
    build: { ...preload.build, write: false },
  })
  const outputs = Array.isArray(result) ? result : [result]
  return outputs.flatMap((o) =>
    'output' in o ? o.output.filter((c): c is Rolldown.OutputChunk => c.type === 'chunk') : [],
  )
}

describe('preload build', () => {
  it('is one self-contained CommonJS file, as a sandboxed preload must be', async () => {
    const chunks = await buildPreload()
    expect(chunks.map((c) => c.fileName)).toEqual(['index.cjs'])
    const code = chunks[0]?.code ?? ''
    expect(code).not.toMatch(/^\s*import[\s{*]/m)
    expect(code).not.toMatch(/^\s*export\s/m)
    expect(code).not.toMatch(/\bimport\s*\(/)
    // Only electron may be required: a sandboxed preload has no other modules.
    const required = [...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1])
    expect(new Set(required)).toEqual(new Set(['electron']))
    expect(code).toContain('exposeInMainWorld("quarterdeck"')
  })
})
