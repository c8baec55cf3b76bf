import { describe, expect, it } from 'vitest'
import { BACKUP_FORMAT_NAME } from '../../../src/shared/backup/format'
import {
  BACKUP_FORMAT,
  MAX_TEXT_BYTES,
  parseAutoBackupContent,
  parseOpenTextRequest,
  parseSaveTextRequest,
  safeBaseName,
} from '../../../src/main/ipcValidation'
import { backupText } from './backupText'

const goodSave = {
  title: 'Save backup',
  defaultName: 'quarterdeck-2019-20-Q2.json',
  filters: [{ name: 'Quarterdeck backup', extensions: ['json'] }],
  content: '{"format":"quarterdeck"}',
}

describe('saveTextFile request validation', () => {
  it('accepts a well-formed request unchanged', () => {
    expect(parseSaveTextRequest(goodSave)).toEqual(goodSave)
  })

  it('reduces path-like default names to a base name', () => {
    const name = (defaultName: string): string =>
      parseSaveTextRequest({ ...goodSave, defaultName }).defaultName
    expect(name('../../etc/passwd')).toBe('passwd')
    expect(name('..\\..\\Windows\\System32\\drivers\\etc\\hosts')).toBe('hosts')
    expect(name('/home/someone/.ssh/authorized_keys')).toBe('authorized_keys')
    expect(name('..')).toBe('Untitled')
    expect(name('')).toBe('Untitled')
    expect(name('   ')).toBe('Untitled')
    expect(name('plan\u0000.json')).toBe('plan.json')
    expect(name('a<b>c:d"e|f?g*h.wiki')).toBe('abcdefgh.wiki')
    expect(name('C:evil.wiki')).toBe('Cevil.wiki')
    expect(name('x'.repeat(900)).length).toBe(255)
  })

  it('refuses wrong types with a message naming the field', () => {
    expect(() => parseSaveTextRequest(null)).toThrow(/Invalid saveTextFile request/)
    expect(() => parseSaveTextRequest('save me')).toThrow(/Invalid saveTextFile request/)
    expect(() => parseSaveTextRequest({ ...goodSave, content: 42 })).toThrow(
      /saveTextFile request\.content/,
    )
    expect(() => parseSaveTextRequest({ ...goodSave, filters: 'json' })).toThrow(/filters/)
    expect(() => parseSaveTextRequest({ ...goodSave, title: ['a'] })).toThrow(/title/)
    const { content: _content, ...noContent } = goodSave
    expect(() => parseSaveTextRequest(noContent)).toThrow(/content/)
  })

  it('refuses extra keys (such as a path chosen by the page)', () => {
    expect(() => parseSaveTextRequest({ ...goodSave, path: '/etc/passwd' })).toThrow(/path/)
    expect(() =>
      parseSaveTextRequest({
        ...goodSave,
        filters: [{ name: 'x', extensions: ['json'], evil: true }],
      }),
    ).toThrow(/filters\.0/)
  })

  it('refuses huge strings and odd filters', () => {
    expect(() => parseSaveTextRequest({ ...goodSave, title: 't'.repeat(201) })).toThrow(/title/)
    expect(() => parseSaveTextRequest({ ...goodSave, defaultName: 'n'.repeat(1001) })).toThrow(
      /defaultName/,
    )
    // Under the limit in characters but over it in UTF-8 bytes.
    const wide = 'é'.repeat(MAX_TEXT_BYTES / 2 + 1)
    expect(() => parseSaveTextRequest({ ...goodSave, content: wide })).toThrow(/20 MB/)
    const ext = (extensions: unknown): unknown => ({
      ...goodSave,
      filters: [{ name: 'x', extensions }],
    })
    expect(() => parseSaveTextRequest(ext(['.json']))).toThrow(/extensions\.0/)
    expect(() => parseSaveTextRequest(ext(['../x']))).toThrow(/extensions/)
    expect(() => parseSaveTextRequest(ext([]))).toThrow(/extensions/)
    expect(parseSaveTextRequest(ext(['*'])).filters[0]?.extensions).toEqual(['*'])
  })

  it('accepts text right at the size limit', () => {
    const content = 'a'.repeat(MAX_TEXT_BYTES)
    expect(parseSaveTextRequest({ ...goodSave, content }).content.length).toBe(MAX_TEXT_BYTES)
  })
})

describe('openTextFile request validation', () => {
  it('accepts title and filters only', () => {
    const request = { title: 'Open', filters: [{ name: 'Wiki', extensions: ['wiki', 'txt'] }] }
    expect(parseOpenTextRequest(request)).toEqual(request)
    expect(() => parseOpenTextRequest({ ...request, defaultPath: '/etc' })).toThrow(/defaultPath/)
    expect(() => parseOpenTextRequest({ title: 'Open' })).toThrow(/filters/)
    expect(() => parseOpenTextRequest(undefined)).toThrow(/Invalid openTextFile request/)
  })
})

describe('safeBaseName', () => {
  it('keeps ordinary names and falls back when nothing is left', () => {
    expect(safeBaseName('Technology Goals 2019-20 Q2.wiki')).toBe(
      'Technology Goals 2019-20 Q2.wiki',
    )
    expect(safeBaseName('../', 'backup.json')).toBe('backup.json')
  })
})

describe('automatic backup content', () => {
  it('knows backups by the format name the backup file writes', () => {
    expect(BACKUP_FORMAT).toBe(BACKUP_FORMAT_NAME)
  })

  it('accepts the text of a backup with plans, unchanged', () => {
    const text = backupText('2026 Q4')
    expect(parseAutoBackupContent(text)).toBe(text)
  })

  it('refuses anything that is not the text of a backup, saying why', () => {
    const refused = (input: unknown): string => {
      try {
        parseAutoBackupContent(input)
      } catch (error) {
        return (error as Error).message
      }
      return 'accepted'
    }
    expect(refused({ format: 'quarterdeck' })).toMatch(/expected the text of a backup file/)
    expect(refused('{"format": "quarterdeck", ')).toMatch(/is not JSON/)
    expect(refused('[1, 2]')).toMatch(/has no "format": "quarterdeck" field/)
    expect(refused('null')).toMatch(/has no "format"/)
    expect(refused('{"format": "trello", "plans": [{}]}')).toMatch(/has no "format"/)
    expect(refused(backupText('none', []))).toMatch(/holds no plans/)
    expect(refused('{"format": "quarterdeck"}')).toMatch(/holds no plans/)
  })

  it('refuses more than 20 MB, counted in UTF-8 bytes', () => {
    // Each "é" is 2 bytes: fewer characters than the limit, more bytes.
    const padding = 'é'.repeat(MAX_TEXT_BYTES / 2 + 1)
    const text = JSON.stringify({ format: 'quarterdeck', plans: [{ notes: padding }] })
    expect(text.length).toBeLessThan(MAX_TEXT_BYTES)
    expect(() => parseAutoBackupContent(text)).toThrow(/larger than 20 MB/)
  })
})
