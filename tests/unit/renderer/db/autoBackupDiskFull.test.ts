/**
 * The desktop app's automatic backups on a full disk, as the renderer tells
 * it: main answers the next backup with the disk-full sentence, which shows
 * once, and goes once a backup is written again.
 */
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { AUTO_BACKUP_TOPIC, takeBackup } from '../../../../src/renderer/db/autoBackup'
import { closeStore } from '../../../../src/renderer/db/database'
import { allWritten } from '../../../../src/renderer/store/quarterSync'
import { useUiStore } from '../../../../src/renderer/store/uiStore'
import { planFixture } from './storeFixture'

const FULL =
  'The disk is full, so the automatic backup was not written (your goals are still kept in the app, and it is tried again in a few minutes); free some space and try again.'

afterEach(async () => {
  await allWritten()
  closeStore()
  Object.assign(window, { quarterdeck: undefined })
  useUiStore.setState({ toasts: [] })
})

describe('automatic backups on a full disk', () => {
  it('say so once, and stop saying it when a backup is written again', async () => {
    await planFixture()
    let answer: string | null = FULL
    const autoBackup = vi.fn(async () => answer)
    Object.assign(window, { quarterdeck: { autoBackup } })
    const shown = () =>
      useUiStore
        .getState()
        .toasts.filter((toast) => toast.topic === AUTO_BACKUP_TOPIC)
        .map((toast) => toast.message)

    await takeBackup()
    await takeBackup()
    expect(autoBackup).toHaveBeenCalledTimes(2)
    expect(shown()).toEqual([FULL])

    answer = null
    await takeBackup()
    expect(shown()).toEqual([])
  })
})
