import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseBackup, serializeBackup } from '../../../src/shared/backup'
import { buildExampleQuarter } from '../../../src/shared/example'
import { exportWikitext } from '../../../src/shared/wiki'

const root = resolve(import.meta.dirname, '../../..')
const cli = resolve(root, 'out/cli/quarterdeck.js')
let dir = ''

function quarterdeck(...args: string[]) {
  // Run as a user's shell would: the file itself, through its shebang.
  const result = spawnSync(cli, args, { encoding: 'utf8', cwd: dir })
  return { code: result.status, out: result.stdout, err: result.stderr }
}

beforeAll(async () => {
  await build({ configFile: resolve(root, 'vite.cli.config.ts'), root, logLevel: 'silent' })
  dir = mkdtempSync(join(tmpdir(), 'quarterdeck-cli-'))
}, 120_000)

afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true })
})

describe('the built quarterdeck command', () => {
  const doc = buildExampleQuarter({ newId: () => crypto.randomUUID(), now: Date.UTC(2019, 9, 1) })

  it('is an executable Node script', () => {
    expect(readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
    expect(statSync(cli).mode & 0o111).not.toBe(0)
    const help = quarterdeck('--help')
    expect(help.code).toBe(0)
    expect(help.out).toMatch(/^Usage: quarterdeck <command>/)
  })

  it('exports a backup and imports the page back', () => {
    writeFileSync(join(dir, 'backup.json'), serializeBackup([doc], Date.now()))
    const exported = quarterdeck('export', 'backup.json', '-o', 'page.wiki')
    expect(exported).toMatchObject({ code: 0, out: '', err: '' })
    const page = readFileSync(join(dir, 'page.wiki'), 'utf8')
    expect(page).toBe(exportWikitext(doc))

    const imported = quarterdeck('import', 'page.wiki')
    expect(imported.code).toBe(0)
    expect(imported.err).toMatch(/^Imported "page.wiki"/)
    const backup = parseBackup(imported.out)
    expect(backup.ok && backup.docs[0]?.goals.length).toBe(doc.goals.length)
  })

  it('exits with 1 on bad input and 2 on wrong usage', () => {
    const missing = quarterdeck('export', 'missing.json')
    expect(missing.code).toBe(1)
    expect(missing.err).toBe('quarterdeck: cannot read "missing.json": no such file\n')
    const usage = quarterdeck('export', 'backup.json', '--layout', 'grid')
    expect(usage.code).toBe(2)
    expect(usage.err).toMatch(/--layout must be table or list/)
  })
})
