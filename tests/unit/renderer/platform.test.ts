// @vitest-environment jsdom
/**
 * Opening a file is one path (src/renderer/platform.ts): the desktop app's
 * main process gives the chosen file's bytes, web mode takes them from a file
 * input, and from there both are decoded the same way (by the file-reading
 * worker; here, without a Worker, in place). So a user gets the same text,
 * the same sentences and the same Windows-1252 offer in either.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { OpenTextReply, QuarterdeckApi } from '../../../src/shared/api'
import { chooseFile, NotUtf8Error, openTextFile } from '../../../src/renderer/platform'

const request = { title: 'Open wiki page', filters: [{ name: 'Wiki page', extensions: ['wiki'] }] }

type Mode = 'desktop' | 'web'

/** The next Open dialog (desktop) or file input (web mode) picks this file. */
function pick(mode: Mode, name: string, bytes: Uint8Array): void {
  if (mode === 'desktop') {
    // What main answers (src/main/ipcHandlers.ts): a fresh copy of the bytes, as IPC gives.
    const openTextFile = async (): Promise<OpenTextReply> => ({
      opened: true,
      name,
      bytes: bytes.slice(),
    })
    Object.assign(window, { quarterdeck: { openTextFile } as Partial<QuarterdeckApi> })
    return
  }
  Object.assign(window, { quarterdeck: undefined })
  vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementationOnce(function (
    this: HTMLInputElement,
  ) {
    Object.defineProperty(this, 'files', { value: [new File([bytes.slice()], name)] })
    this.dispatchEvent(new Event('change'))
  })
}

/** What opening the file gives a user: the text, or the error's kind, sentence and offer. */
async function opened(mode: Mode, name: string, bytes: Uint8Array): Promise<unknown> {
  pick(mode, name, bytes)
  try {
    return await openTextFile(request, 'a wiki page')
  } catch (error) {
    const offer = error instanceof NotUtf8Error ? error.readAsWindows1252() : null
    return { refused: (error as Error).name, message: (error as Error).message, offer }
  }
}

afterEach(() => {
  vi.restoreAllMocks()
  Object.assign(window, { quarterdeck: undefined })
})

const utf8 = (text: string) => [...new TextEncoder().encode(text)]

const FILES: { name: string; bytes: Uint8Array; gives: unknown }[] = [
  {
    name: 'goals.wiki',
    bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('== Équipe ==\n')]),
    gives: { opened: true, name: 'goals.wiki', content: '== Équipe ==\n' },
  },
  {
    name: 'page.wiki',
    bytes: new Uint8Array([0xff, 0xfe, ...Buffer.from('== Café – 2 ==\n', 'utf16le')]),
    gives: { opened: true, name: 'page.wiki', content: '== Café – 2 ==\n' },
  },
  {
    // "Qualité – 2" in Windows-1252: é is 0xe9, the en dash 0x96.
    name: 'qualite.wiki',
    bytes: new Uint8Array([...utf8('== Qualit'), 0xe9, ...utf8(' '), 0x96, ...utf8(' 2 ==\n')]),
    gives: {
      refused: 'NotUtf8Error',
      message:
        'qualite.wiki is not UTF-8 text; it is probably in Windows-1252 (Latin-1). Nothing was read from it.',
      offer: { name: 'qualite.wiki', content: '== Qualité – 2 ==\n' },
    },
  },
  {
    name: 'photo.png',
    bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    gives: {
      refused: 'Error',
      message:
        'photo.png is not a wiki page: it holds binary data, not text. Nothing was read from it.',
      offer: null,
    },
  },
]

describe('opening a file, in the desktop app as in web mode', () => {
  for (const file of FILES) {
    it(`gives the same for ${file.name}`, async () => {
      const web = await opened('web', file.name, file.bytes)
      expect(web).toEqual(file.gives)
      expect(await opened('desktop', file.name, file.bytes)).toEqual(web)
    })
  }

  it("chooses a file as the same bytes to decode, for Merge backup's worker", async () => {
    const file = FILES[2] as (typeof FILES)[number]
    const chosen = async (mode: Mode) => {
      pick(mode, file.name, file.bytes)
      return chooseFile(request, 'a Quarterdeck backup')
    }
    const web = await chosen('web')
    expect(web).toEqual({
      opened: true,
      name: 'qualite.wiki',
      source: { bytes: file.bytes, name: 'qualite.wiki', expected: 'a Quarterdeck backup' },
    })
    expect(await chosen('desktop')).toEqual(web)
  })

  it('gives nothing when the dialog is cancelled', async () => {
    const cancelled = async (): Promise<OpenTextReply> => ({ opened: false })
    Object.assign(window, {
      quarterdeck: { openTextFile: cancelled } as Partial<QuarterdeckApi>,
    })
    await expect(openTextFile(request)).resolves.toEqual({ opened: false })
    await expect(chooseFile(request)).resolves.toEqual({ opened: false })
  })
})
