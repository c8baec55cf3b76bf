import { afterEach, describe, expect, it, vi } from 'vitest'
import type { QuarterdeckApi } from '../../../src/shared/api'
import {
  autoBackupLocation,
  latestAutoBackup,
  sendAutoBackup,
} from '../../../src/renderer/platform'

afterEach(() => vi.unstubAllGlobals())

describe("the renderer's automatic backup calls", () => {
  it('go to the desktop app when there is one', async () => {
    const newest = { name: 'quarterdeck-2026-12-02T05-40-12Z.json', savedAt: '', content: '{}' }
    const api = {
      autoBackup: vi.fn(async () => null),
      latestAutoBackup: vi.fn(async () => newest),
      autoBackupLocation: vi.fn(async () => '/home/me/.config/Quarterdeck/Automatic backups'),
    }
    vi.stubGlobal('window', { quarterdeck: api as Partial<QuarterdeckApi> })
    await sendAutoBackup('{"format":"quarterdeck"}')
    expect(api.autoBackup).toHaveBeenCalledWith('{"format":"quarterdeck"}')
    await expect(latestAutoBackup()).resolves.toBe(newest)
    await expect(autoBackupLocation()).resolves.toMatch(/Automatic backups$/)
  })

  it('do nothing in web mode, where there are no automatic backups', async () => {
    vi.stubGlobal('window', {})
    await expect(sendAutoBackup('{"format":"quarterdeck"}')).resolves.toBeNull()
    await expect(latestAutoBackup()).resolves.toBeNull()
    await expect(autoBackupLocation()).resolves.toBeNull()
  })
})
