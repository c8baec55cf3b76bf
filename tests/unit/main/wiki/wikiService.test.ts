/**
 * The app's wiki connection (src/main/wiki/wikiService.ts) over a fake wiki
 * client: what it keeps, what it refuses, and that a kept login connects
 * again after a restart. The real wiki is in wikiServiceServed.test.ts.
 */
import { describe, expect, it, vi } from 'vitest'
import type { connectWiki, WikiSession } from '../../../../src/main/wiki/wikiClient'
import { createWikiService, memoryLoginKeeper } from '../../../../src/main/wiki/wikiService'
import type { WikiLogin } from '../../../../src/shared/wikiSync/wikiTypes'

const login: WikiLogin = {
  apiUrl: 'https://wiki.example/w/api.php',
  username: 'Editor@qd',
  password: 'secret',
}

function fakeSession(rights: string[]): WikiSession {
  return {
    apiUrl: login.apiUrl,
    user: 'Editor',
    rights: async () => ({ ok: true, value: rights }),
    readLatest: vi.fn(async (title: string) => ({
      ok: true as const,
      value: { title, revid: 7, timestamp: '2026-12-02T10:00:00Z', content: 'page' },
    })),
    save: vi.fn(),
  }
}

function fakeConnect(session: WikiSession | 'refused') {
  return vi.fn<typeof connectWiki>(async () =>
    session === 'refused'
      ? { ok: false, problem: { kind: 'credentials', message: 'Wrong password.' } }
      : { ok: true, value: session },
  )
}

describe('the wiki service', () => {
  it('connects, keeps the login, and reads through it', async () => {
    const keeper = memoryLoginKeeper()
    const service = createWikiService(keeper, fakeConnect(fakeSession(['read', 'edit'])))
    expect(await service.account()).toBeNull()
    const connected = await service.connect(login)
    expect(connected).toEqual({
      ok: true,
      value: { apiUrl: login.apiUrl, username: 'Editor@qd', user: 'Editor' },
    })
    expect(await keeper.load()).toEqual(login)
    const read = await service.readLatest('Goals')
    expect(read.ok && read.value?.revid).toBe(7)
  })

  it('refuses a login without the right to edit, in a sentence, keeping nothing', async () => {
    const keeper = memoryLoginKeeper()
    const service = createWikiService(keeper, fakeConnect(fakeSession(['read'])))
    const connected = await service.connect(login)
    expect(connected.ok).toBe(false)
    if (connected.ok) return
    expect(connected.problem.kind).toBe('no-rights')
    expect(connected.problem.message).toMatch(
      /^Editor@qd may not edit pages on wiki\.example;.*\.$/,
    )
    expect(await keeper.load()).toBeNull()
    expect(await service.account()).toBeNull()
  })

  it('keeps the earlier login when a new one is refused', async () => {
    const keeper = memoryLoginKeeper()
    await keeper.keep(login)
    const service = createWikiService(keeper, fakeConnect('refused'))
    const connected = await service.connect({ ...login, password: 'wrong' })
    expect(connected).toEqual({
      ok: false,
      problem: { kind: 'credentials', message: 'Wrong password.' },
    })
    expect(await keeper.load()).toEqual(login)
  })

  it('says to connect first when no login is kept, without calling the wiki', async () => {
    const connect = fakeConnect(fakeSession(['edit']))
    const service = createWikiService(memoryLoginKeeper(), connect)
    const read = await service.readLatest('Goals')
    expect(read.ok).toBe(false)
    if (!read.ok) expect(read.problem.message).toMatch(/^Connect a wiki first/)
    expect(connect).not.toHaveBeenCalled()
  })

  it('connects again with the kept login after a restart, and forgets it on disconnect', async () => {
    const keeper = memoryLoginKeeper()
    await keeper.keep(login)
    const connect = fakeConnect(fakeSession(['edit']))
    const service = createWikiService(keeper, connect)
    expect(await service.account()).toEqual({
      apiUrl: login.apiUrl,
      username: 'Editor@qd',
      user: '',
    })
    const read = await service.readLatest('Goals')
    expect(read.ok).toBe(true)
    expect(connect).toHaveBeenCalledWith(login)
    await service.disconnect()
    expect(await keeper.load()).toBeNull()
    expect(await service.account()).toBeNull()
  })

  it('logs in again once when a save finds the session lost, and saves', async () => {
    const stale = fakeSession(['edit'])
    stale.save = vi.fn(async () => ({
      ok: false as const,
      problem: { kind: 'other' as const, message: 'Invalid CSRF token.' },
    }))
    const fresh = fakeSession(['edit'])
    fresh.save = vi.fn(async () => ({
      ok: true as const,
      value: { revid: 8, timestamp: '2026-12-02T11:00:00Z', nochange: false },
    }))
    const connect = vi
      .fn<typeof connectWiki>()
      .mockResolvedValueOnce({ ok: true, value: stale })
      .mockResolvedValueOnce({ ok: true, value: fresh })
    const service = createWikiService(memoryLoginKeeper(), connect)
    await service.connect(login)
    const request = {
      title: 'Goals',
      text: 'page',
      summary: 'Updated',
      base: null,
      startedAt: '2026-12-02T10:59:00Z',
    }
    const saved = await service.save(request)
    expect(saved).toEqual({
      ok: true,
      value: { revid: 8, timestamp: '2026-12-02T11:00:00Z', nochange: false },
    })
    expect(connect).toHaveBeenCalledTimes(2)
    expect(fresh.save).toHaveBeenCalledWith(request)
  })

  it('does not log in again for a conflict or a protected page', async () => {
    const wiki = fakeSession(['edit'])
    wiki.save = vi.fn(async () => ({
      ok: false as const,
      problem: { kind: 'conflict' as const, message: 'Someone changed the page.' },
    }))
    const connect = fakeConnect(wiki)
    const service = createWikiService(memoryLoginKeeper(), connect)
    await service.connect(login)
    const saved = await service.save({
      title: 'Goals',
      text: 'page',
      summary: '',
      base: null,
      startedAt: '2026-12-02T10:59:00Z',
    })
    expect(saved.ok).toBe(false)
    expect(connect).toHaveBeenCalledTimes(1)
  })
})
