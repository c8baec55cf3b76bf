import { spawnSync } from 'node:child_process'
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
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

  it('refuses to write over its own input, however the output is spelled', () => {
    const backup = serializeBackup([doc], Date.now())
    mkdirSync(join(dir, 'same'))
    writeFileSync(join(dir, 'same', 'b.json'), backup)
    symlinkSync('b.json', join(dir, 'same', 'link.json'))
    for (const output of ['same/b.json', './same/../same/b.json', join(dir, 'same/link.json')]) {
      const result = quarterdeck('export', 'same/b.json', '-o', output)
      expect(result.code, output).toBe(2)
      expect(result.err).toMatch(/is the input file/)
    }
    expect(readFileSync(join(dir, 'same', 'b.json'), 'utf8')).toBe(backup)
  })

  it('leaves an existing output whole when the write fails, and no temporary file', () => {
    writeFileSync(join(dir, 'backup.json'), serializeBackup([doc], Date.now()))
    mkdirSync(join(dir, 'taken'))
    writeFileSync(join(dir, 'taken', 'kept.txt'), 'kept')
    const result = quarterdeck('export', 'backup.json', '-o', 'taken')
    expect(result.code).toBe(1)
    expect(result.err).toMatch(/^quarterdeck: cannot write "taken": [^\n]+\n$/)
    expect(readdirSync(join(dir, 'taken'))).toEqual(['kept.txt'])
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })
})
