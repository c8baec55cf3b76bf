import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  APP_SCHEME_PRIVILEGES,
  createAppProtocolHandler,
  mimeTypeFor,
  resolveAppPath,
} from '../../../src/main/appProtocol'
import { CONTENT_SECURITY_POLICY } from '../../../src/main/csp'

let base: string
let root: string
let serve: (request: Request) => Promise<Response>

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'qd-protocol-'))
  root = join(base, 'renderer')
  mkdirSync(join(root, 'assets'), { recursive: true })
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Quarterdeck</title>')
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)')
  writeFileSync(join(root, 'assets', 'index-abc.css'), 'body{}')
  writeFileSync(join(root, 'assets', 'logo.svg'), '<svg/>')
  writeFileSync(join(base, 'secret.txt'), 'TOP SECRET')
  symlinkSync(join(base, 'secret.txt'), join(root, 'assets', 'link.txt'))
  serve = createAppProtocolHandler(root)
})

afterAll(() => rmSync(base, { recursive: true, force: true }))

const get = (url: string, method = 'GET'): Promise<Response> => serve(new Request(url, { method }))

describe('app:// protocol handler', () => {
  it('registers app:// as a standard, secure, fetch-able scheme', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    })
  })

  it('serves index.html for the root and files with their MIME types', async () => {
    const page = await get('app://quarterdeck/')
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(await page.text()).toContain('<title>Quarterdeck</title>')

    const script = await get('app://quarterdeck/assets/index-abc.js')
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(await script.text()).toBe('console.log(1)')
    expect((await get('app://quarterdeck/assets/index-abc.css')).headers.get('content-type')).toBe(
      'text/css; charset=utf-8',
    )
    expect((await get('app://quarterdeck/assets/logo.svg')).headers.get('content-type')).toBe(
      'image/svg+xml',
    )
  })

  it('sends the Content-Security-Policy on every response, errors included', async () => {
    for (const url of ['app://quarterdeck/index.html', 'app://quarterdeck/missing.js']) {
      const response = await get(url)
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    }
  })

  it('answers 404 for missing files and folders', async () => {
    expect((await get('app://quarterdeck/nope.html')).status).toBe(404)
    expect((await get('app://quarterdeck/assets')).status).toBe(404)
    expect((await get('app://quarterdeck/assets/')).status).toBe(404)
  })

  it('never serves anything outside the renderer folder', async () => {
    const attempts = [
      'app://quarterdeck/../secret.txt',
      'app://quarterdeck/assets/../../secret.txt',
      'app://quarterdeck/%2e%2e/secret.txt',
      'app://quarterdeck/..%2Fsecret.txt',
      'app://quarterdeck/assets/..%2F..%2Fsecret.txt',
      'app://quarterdeck/..%5Csecret.txt',
      'app://quarterdeck/%252e%252e/secret.txt',
      'app://quarterdeck/index.html%00.js',
      'app://quarterdeck/%E0%A4%A',
      `app://quarterdeck/${encodeURIComponent(join(base, 'secret.txt'))}`,
      'app://quarterdeck/assets/link.txt',
    ]
    for (const url of attempts) {
      const response = await get(url)
      expect(response.status, url).toBeGreaterThanOrEqual(400)
      expect(await response.text(), url).not.toContain('TOP SECRET')
    }
  })

  it('refuses other hosts and methods that write', async () => {
    expect((await get('app://elsewhere/index.html')).status).toBe(404)
    expect((await get('app://quarterdeck/index.html', 'POST')).status).toBe(405)
    const head = await get('app://quarterdeck/index.html', 'HEAD')
    expect(head.status).toBe(200)
  })
})

describe('resolveAppPath', () => {
  it('maps URL paths into the root and rejects escapes', () => {
    expect(resolveAppPath('/srv/r', '/')).toBe(join('/srv/r', 'index.html'))
    expect(resolveAppPath('/srv/r', '/assets/a%20b.js')).toBe(join('/srv/r', 'assets', 'a b.js'))
    expect(resolveAppPath('/srv/r', '/a/../../etc/passwd')).toBeNull()
    expect(resolveAppPath('/srv/r', '/C:/Windows/win.ini')).toBeNull()
    expect(resolveAppPath('/srv/r', '/%')).toBeNull()
  })

  it('names unknown file kinds as opaque bytes', () => {
    expect(mimeTypeFor('x.woff2')).toBe('font/woff2')
    expect(mimeTypeFor('x.JSON')).toBe('application/json; charset=utf-8')
    expect(mimeTypeFor('x.exe')).toBe('application/octet-stream')
  })
})
