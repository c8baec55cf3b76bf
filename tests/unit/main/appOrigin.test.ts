import { describe, expect, it } from 'vitest'
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  isTrustedUrl,
  originOf,
  trustedOrigins,
} from '../../../src/main/appOrigin'

describe('app origin', () => {
  it('is a fixed custom-scheme origin, independent of where the build lives', () => {
    expect(APP_ORIGIN).toBe('app://quarterdeck')
    expect(APP_ENTRY_URL).toBe('app://quarterdeck/index.html')
    expect(originOf(APP_ENTRY_URL)).toBe(APP_ORIGIN)
  })

  it('computes origins of custom schemes (where URL.origin says "null")', () => {
    expect(originOf('app://quarterdeck/assets/a.js?x=1#y')).toBe('app://quarterdeck')
    expect(originOf('http://localhost:5173/index.html')).toBe('http://localhost:5173')
    expect(originOf('APP://QuarterDeck/')).toBe('app://quarterdeck')
    expect(originOf('not a url')).toBeNull()
    expect(originOf('file:///etc/passwd')).toBeNull()
    expect(originOf('about:blank')).toBeNull()
  })

  it('trusts only the app, plus the dev server while developing', () => {
    expect(trustedOrigins(undefined)).toEqual(['app://quarterdeck'])
    const dev = trustedOrigins('http://localhost:5173/')
    expect(dev).toEqual(['app://quarterdeck', 'http://localhost:5173'])
    expect(isTrustedUrl('app://quarterdeck/index.html', dev)).toBe(true)
    expect(isTrustedUrl('http://localhost:5173/x', dev)).toBe(true)
    expect(isTrustedUrl('http://localhost:5174/x', dev)).toBe(false)
    expect(isTrustedUrl('app://quarterdeck.evil.example/', dev)).toBe(false)
    expect(isTrustedUrl('https://quarterdeck/', ['app://quarterdeck'])).toBe(false)
    expect(isTrustedUrl('file:///work/out/renderer/index.html', dev)).toBe(false)
  })
})
