import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import {
  NO_NETWORK_MESSAGE,
  electronBinaryPresent,
  ensureRuntime,
  installFailureMessage,
  nodeOlderThan,
} from '../../../scripts/start.mjs'

// What electron's install.js printed here, with no route to github.com.
const OFFLINE_OUTPUT = `TypeError: fetch failed
    at node:internal/deps/undici/undici:14976:13
    at async FetchDownloader.download (file:///work/main/node_modules/@electron/get/dist/FetchDownloader.js:46:30)`

describe('npm start: getting the Electron runtime', () => {
  it('launches at once when the binary is already there', () => {
    const runInstaller = vi.fn()
    const log = vi.fn()
    const result = ensureRuntime({
      binaryPresent: () => true,
      runInstaller,
      nodeVersion: 'v22.12.0',
      log,
    })
    expect(result).toEqual({ ok: true })
    expect(runInstaller).not.toHaveBeenCalled()
    expect(log).not.toHaveBeenCalled()
  })

  it('downloads on first start, then launches', () => {
    let present = false
    const result = ensureRuntime({
      binaryPresent: () => present,
      runInstaller: () => {
        present = true
        return { status: 0, output: '' }
      },
      nodeVersion: 'v22.12.0',
      log: vi.fn(),
    })
    expect(result).toEqual({ ok: true })
  })

  it('without network says so in one sentence and names web mode', () => {
    const result = ensureRuntime({
      binaryPresent: () => false,
      runInstaller: () => ({ status: 1, output: OFFLINE_OUTPUT }),
      nodeVersion: 'v20.20.2',
      log: vi.fn(),
    })
    expect(result).toEqual({ ok: false, message: NO_NETWORK_MESSAGE })
    expect(NO_NETWORK_MESSAGE).toBe(
      'Quarterdeck could not download the Electron runtime (no access to github.com); run `npm run web` to use Quarterdeck in your browser instead.',
    )
  })

  it('recognises the usual network failures', () => {
    for (const output of [
      'Error: getaddrinfo ENOTFOUND github.com',
      'RequestError: connect ECONNREFUSED 140.82.121.4:443',
      'spawnSync /usr/bin/node ETIMEDOUT',
      'HTTPError: Response code 404 (Not Found) for status code 404',
    ]) {
      expect(installFailureMessage(output, 'v22.12.0')).toBe(NO_NETWORK_MESSAGE)
    }
  })

  it('blames an old Node.js when the installer cannot even load there', () => {
    const message = installFailureMessage(
      'Error [ERR_REQUIRE_ESM]: require() of ES Module .../@electron/get/dist/index.js not supported.',
      'v20.10.0',
    )
    expect(message).toContain('needs Node.js 22.12 or newer (this is v20.10.0)')
    expect(message).toContain('npm run web')
    expect(message.split('\n')).toHaveLength(1)
  })

  it('quotes the first line of any other failure, still in one line', () => {
    const message = installFailureMessage(
      '\nError: EACCES: permission denied, mkdir dist\n  at x',
      'v22.12.0',
    )
    expect(message).toBe(
      'Quarterdeck could not download the Electron runtime (Error: EACCES: permission denied, mkdir dist); run `npm run web` to use Quarterdeck in your browser instead.',
    )
  })

  it('compares Node.js versions', () => {
    expect(nodeOlderThan('v20.20.2', 22, 12)).toBe(true)
    expect(nodeOlderThan('v22.11.9', 22, 12)).toBe(true)
    expect(nodeOlderThan('v22.12.0', 22, 12)).toBe(false)
    expect(nodeOlderThan('v24.1.0', 22, 12)).toBe(false)
  })
})

describe('npm start: is the binary there?', () => {
  it('follows path.txt into dist/, as electron itself does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qd-electron-'))
    try {
      expect(electronBinaryPresent(dir, {})).toBe(false)
      writeFileSync(join(dir, 'path.txt'), 'electron')
      expect(electronBinaryPresent(dir, {})).toBe(false)
      mkdirSync(join(dir, 'dist'))
      writeFileSync(join(dir, 'dist', 'electron'), '')
      expect(electronBinaryPresent(dir, {})).toBe(true)
      expect(electronBinaryPresent(dir, { ELECTRON_OVERRIDE_DIST_PATH: join(dir, 'none') })).toBe(
        false,
      )
      const custom = join(dir, 'my-electron')
      expect(electronBinaryPresent(join(dir, 'none'), { ELECTRON_EXEC_PATH: custom })).toBe(false)
      writeFileSync(custom, '')
      expect(electronBinaryPresent(join(dir, 'none'), { ELECTRON_EXEC_PATH: custom })).toBe(true)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
