import { EventEmitter } from 'node:events'
import type { WebContents } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import {
  hardenWebContents,
  isExternalLinkAllowed,
  isPermissionAllowed,
} from '../../../src/main/security'
import { windowOptions } from '../../../src/main/windowOptions'

const trusted = ['app://quarterdeck']

function fakeContents() {
  const emitter = new EventEmitter()
  let openHandler: ((details: { url: string }) => { action: string }) | undefined
  const contents = Object.assign(emitter, {
    setWindowOpenHandler: (handler: typeof openHandler) => {
      openHandler = handler
    },
  })
  const openExternal = vi.fn()
  hardenWebContents(contents as unknown as WebContents, { trustedOrigins: trusted, openExternal })
  const navigate = (event: string, url: string): boolean => {
    const preventDefault = vi.fn()
    emitter.emit(event, { url, preventDefault })
    return preventDefault.mock.calls.length > 0
  }
  const open = (url: string): string | undefined => openHandler?.({ url }).action
  return { navigate, open, openExternal }
}

describe('navigation and pop-ups', () => {
  it('lets the app move within its own origin', () => {
    const { navigate } = fakeContents()
    expect(navigate('will-navigate', 'app://quarterdeck/index.html')).toBe(false)
  })

  it('stops navigation away from the app; a task link opens in the browser', () => {
    const { navigate, openExternal } = fakeContents()
    expect(navigate('will-navigate', 'https://phabricator.wikimedia.org/T223626')).toBe(true)
    expect(openExternal).toHaveBeenCalledWith('https://phabricator.wikimedia.org/T223626')
    for (const url of [
      'http://example.org/',
      'https://evil.example/T1',
      'file:///etc/passwd',
      'javascript:alert(1)',
    ]) {
      expect(navigate('will-navigate', url)).toBe(true)
    }
    expect(openExternal).toHaveBeenCalledTimes(1)
  })

  it('stops redirects away from the app without opening anything', () => {
    const { navigate, openExternal } = fakeContents()
    expect(navigate('will-redirect', 'https://evil.example/')).toBe(true)
    expect(openExternal).not.toHaveBeenCalled()
  })

  it('denies every window.open and <webview>', () => {
    const { open, navigate, openExternal } = fakeContents()
    expect(open('app://quarterdeck/index.html')).toBe('deny')
    expect(open('https://phabricator.wikimedia.org/T1234')).toBe('deny')
    expect(openExternal).toHaveBeenCalledWith('https://phabricator.wikimedia.org/T1234')
    expect(open('https://www.mediawiki.org/wiki/Wikimedia_Technology/Goals')).toBe('deny')
    expect(open('smb://server/share')).toBe('deny')
    expect(openExternal).toHaveBeenCalledTimes(1)
    expect(navigate('will-attach-webview', 'https://x.example/')).toBe(true)
  })

  it("hands only Phabricator task pages to the system browser (the app's only links)", () => {
    expect(isExternalLinkAllowed('https://phabricator.wikimedia.org/T223626')).toBe(true)
    expect(isExternalLinkAllowed('https://phabricator.wikimedia.org:443/T1')).toBe(true)
    for (const other of [
      'https://example.org/',
      'http://phabricator.wikimedia.org/T1',
      'https://phabricator.wikimedia.org.evil.example/T1',
      'https://user@phabricator.wikimedia.org/T1',
      'https://phabricator.wikimedia.org/T1?redirect=https://evil.example/',
      'https://phabricator.wikimedia.org/T1#x',
      'https://phabricator.wikimedia.org/T0',
      'https://phabricator.wikimedia.org/auth/logout/',
      'https://phabricator.wikimedia.org/T1/../x',
    ]) {
      expect(isExternalLinkAllowed(other), other).toBe(false)
    }
    expect(isExternalLinkAllowed('http://example.org/')).toBe(false)
    expect(isExternalLinkAllowed('file:///bin/sh')).toBe(false)
    expect(isExternalLinkAllowed('ms-msdt:/id')).toBe(false)
    expect(isExternalLinkAllowed('not a url')).toBe(false)
  })
})

describe('permissions', () => {
  it('denies camera, location, notifications and the rest', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'hid']) {
      expect(isPermissionAllowed(permission, 'app://quarterdeck/', trusted)).toBe(false)
    }
  })

  it('allows copying to the clipboard and persistent storage for the app only', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://quarterdeck/', trusted)).toBe(
      true,
    )
    expect(isPermissionAllowed('persistent-storage', 'app://quarterdeck', trusted)).toBe(true)
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://evil.example/', trusted)).toBe(
      false,
    )
    expect(isPermissionAllowed('clipboard-read', 'app://quarterdeck/', trusted)).toBe(false)
  })
})

describe('window options', () => {
  it('isolate and sandbox the renderer with the built CommonJS preload', () => {
    const prefs = windowOptions('/app/out/preload/index.cjs').webPreferences
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    })
  })
})
