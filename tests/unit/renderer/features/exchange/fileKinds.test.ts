import { describe, expect, it } from 'vitest'
import {
  looksLikeWikiPage,
  wikiPageInstead,
} from '../../../../../src/renderer/features/exchange/fileKinds'

describe('looksLikeWikiPage', () => {
  it('takes .wiki and .txt files for wiki pages, whatever they hold', () => {
    expect(looksLikeWikiPage('goals.wiki', '== Analytics ==')).toBe(true)
    expect(looksLikeWikiPage('Goals 2019-20 Q2.TXT', '')).toBe(true)
    expect(looksLikeWikiPage('page.mediawiki', '{"format": "quarterdeck"}')).toBe(true)
  })

  it('takes other files by how they start: wikitext yes, JSON or plain prose no', () => {
    expect(looksLikeWikiPage('download', '{{Done}} Ship it')).toBe(true)
    expect(looksLikeWikiPage('download', '\n\n== Analytics ==\n')).toBe(true)
    expect(looksLikeWikiPage('download', '{| class="wikitable"')).toBe(true)
    expect(looksLikeWikiPage('backup.json', '{"format": "quarterdeck"')).toBe(false)
    expect(looksLikeWikiPage('backup.json', '[1, 2]')).toBe(false)
    expect(looksLikeWikiPage('backup.json', '')).toBe(false)
    expect(looksLikeWikiPage('notes', 'Hello there')).toBe(false)
  })
})

describe('wikiPageInstead', () => {
  it('gives the text of a file that is no backup but a wiki page, and nothing otherwise', () => {
    expect(wikiPageInstead(false, 'goals.wiki', '== Analytics ==')).toBe('== Analytics ==')
    expect(wikiPageInstead(false, 'download', '{{Done}} Ship it')).toBe('{{Done}} Ship it')
    // A backup is a backup, whatever its name; a broken backup is no page.
    expect(wikiPageInstead(true, 'goals.txt', '{"format": "quarterdeck"}')).toBeNull()
    expect(wikiPageInstead(false, 'backup.json', '{"format": "quarterdeck"')).toBeNull()
  })
})
