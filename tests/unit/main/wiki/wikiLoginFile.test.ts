/**
 * The desktop app's kept wiki login (src/main/wiki/wikiLoginFile.ts): the
 * password on disk only as the operating system encrypted it, and never
 * written where the system offers no encryption. Electron's safeStorage is
 * replaced at the boundary by a reversible cipher.
 */
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { fileLoginKeeper, type SecretCipher } from '../../../../src/main/wiki/wikiLoginFile'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'qd-wiki-login-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

function cipher(available: boolean): SecretCipher {
  // Reversed and marked, so the test sees the cipher was used and the clear text is absent.
  return {
    isEncryptionAvailable: () => available,
    encryptString: (text) => Buffer.from(`enc:${[...text].reverse().join('')}`),
    decryptString: (data) => [...data.toString().slice(4)].reverse().join(''),
  }
}

const login = {
  apiUrl: 'https://wiki.example/w/api.php',
  username: 'Editor@qd',
  password: 'hunter2-secret',
}

describe('the kept wiki login', () => {
  it('keeps the password encrypted on disk and reads it back after a restart', async () => {
    const file = join(dir, 'wiki-login.json')
    await fileLoginKeeper(file, cipher(true)).keep(login)
    const text = readFileSync(file, 'utf8')
    expect(text).not.toContain('hunter2-secret')
    expect(text).toContain('Editor@qd')
    expect(await fileLoginKeeper(file, cipher(true)).load()).toEqual(login)
  })

  it.runIf(process.platform !== 'win32')(
    'is readable by its owner only, also when an older version left it readable by all',
    async () => {
      const file = join(dir, 'wiki-login.json')
      await fileLoginKeeper(file, cipher(true)).keep(login)
      expect(statSync(file).mode & 0o777).toBe(0o600)

      writeFileSync(file, '{}')
      chmodSync(file, 0o644)
      await fileLoginKeeper(file, cipher(true)).keep(login)
      expect(statSync(file).mode & 0o777).toBe(0o600)
    },
  )

  it('writes nothing where the system cannot encrypt, and keeps the login in memory', async () => {
    const file = join(dir, 'wiki-login.json')
    const keeper = fileLoginKeeper(file, cipher(false))
    await keeper.keep(login)
    expect(existsSync(file)).toBe(false)
    expect(await keeper.load()).toEqual(login)
    expect(await fileLoginKeeper(file, cipher(false)).load()).toBeNull()
  })

  it('treats a Linux without a keyring (Chromium’s built-in key) as no encryption', async () => {
    const file = join(dir, 'wiki-login.json')
    const basic = { ...cipher(true), getSelectedStorageBackend: () => 'basic_text' }
    await fileLoginKeeper(file, basic).keep(login)
    expect(existsSync(file)).toBe(process.platform !== 'linux')
  })

  it('forgets the login and its file on disconnect; a damaged file is no login', async () => {
    const file = join(dir, 'wiki-login.json')
    const keeper = fileLoginKeeper(file, cipher(true))
    await keeper.keep(login)
    await keeper.keep(null)
    expect(existsSync(file)).toBe(false)
    expect(await keeper.load()).toBeNull()
    await import('node:fs').then((fs) => fs.writeFileSync(file, '{"apiUrl": 3'))
    expect(await fileLoginKeeper(file, cipher(true)).load()).toBeNull()
  })
})
