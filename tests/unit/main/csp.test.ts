import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createHash } from 'node:crypto'
import {
  CONTENT_SECURITY_POLICY,
  REACT_ARIA_PRESSABLE_STYLE,
  REACT_ARIA_PRESSABLE_STYLE_HASH,
} from '../../../src/main/csp'

const html = readFileSync(resolve(import.meta.dirname, '../../../src/renderer/index.html'), 'utf8')

describe('Content-Security-Policy', () => {
  it('is the same string in index.html (web mode) and in the app:// header (desktop)', () => {
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html)
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY)
  })

  it('allows no inline or remote script, plugins, base rewrites or form posts', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(';').map((d) => {
        const [name = '', ...values] = d.trim().split(/\s+/)
        return [name, values] as const
      }),
    )
    expect(directives.get('script-src')).toEqual(["'self'"])
    expect(directives.get('default-src')).toEqual(["'self'"])
    expect(directives.get('object-src')).toEqual(["'none'"])
    expect(directives.get('base-uri')).toEqual(["'none'"])
    expect(directives.get('form-action')).toEqual(["'none'"])
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)|https?:|\*/)
  })

  it('allows one inline style only: the rule React Aria adds, by its hash', () => {
    const styleSrc = CONTENT_SECURITY_POLICY.split('; ').find((d) => d.startsWith('style-src '))
    expect(styleSrc).toBe(`style-src 'self' ${REACT_ARIA_PRESSABLE_STYLE_HASH}`)
    const hash = createHash('sha256').update(REACT_ARIA_PRESSABLE_STYLE).digest('base64')
    expect(REACT_ARIA_PRESSABLE_STYLE_HASH).toBe(`'sha256-${hash}'`)
  })

  it('hashes the very text the installed react-aria injects (an upgrade that changes it fails here)', () => {
    const require = createRequire(import.meta.url)
    const root = dirname(require.resolve('react-aria/package.json'))
    const source = readFileSync(resolve(root, 'dist/private/interactions/usePress.mjs'), 'utf8')
    const template = /style\.textContent = `([^`]*)`\.trim\(\)/.exec(source)?.[1]
    const attribute = /PRESSABLE_ATTRIBUTE = '([^']+)'/.exec(source)?.[1]
    expect(template, 'usePress no longer adds its <style> the way csp.ts expects').toBeDefined()
    const injected = template?.replace(/\$\{[^}]*PRESSABLE_ATTRIBUTE\}/, attribute ?? '').trim()
    expect(injected).toBe(REACT_ARIA_PRESSABLE_STYLE)
  })
})
