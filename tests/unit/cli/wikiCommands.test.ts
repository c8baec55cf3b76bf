/**
 * `quarterdeck publish` and `quarterdeck pull` against a real MediaWiki served
 * by PHP on 127.0.0.1 (tests/mediawiki/server.ts); files in memory.
 */
import { describe, expect, it } from 'vitest'
import { runCli } from '../../../src/cli/run'
import { connectWiki } from '../../../src/main/wiki/wikiClient'
import { parseBackup, serializeBackup } from '../../../src/shared/backup'
import { buildExampleQuarter } from '../../../src/shared/example'
import { exportWikitext } from '../../../src/shared/wiki'
import { useServedWiki, wikiMissing } from '../../mediawiki/servedWiki'
import { memoryIo } from './memoryIo'

/** The wiki bases a backup file's text carries, by plan id. */
function basesOf(text: string | undefined) {
  const backup = parseBackup(text ?? '')
  if (!backup.ok) throw new Error(backup.error)
  return backup.wikiBases ?? new Map()
}

const served = useServedWiki()

describe.skipIf(wikiMissing !== null)(
  'quarterdeck publish and pull against a real MediaWiki',
  { timeout: 120_000 },
  () => {
    it('publishes, refuses over a colleague’s edit (exit 3), pulls with a conflict (exit 3), decides it, publishes the merge', async () => {
      let next = 0
      const doc = buildExampleQuarter({ newId: () => `q-${++next}`, now: Date.UTC(2026, 10, 1) })
      const title = 'Tech/Goals/CLI'
      const wiki = served()
      const env = { QUARTERDECK_WIKI_PASSWORD: wiki.editor.password }
      const io = memoryIo({ 'q.json': serializeBackup([doc], Date.UTC(2026, 10, 1)) }, { env })
      const target = ['--wiki', wiki.apiUrl, '--title', title]

      expect(await runCli(['publish', 'q.json', ...target, '--user', wiki.editor.name], io)).toBe(0)
      expect(io.err).toMatch(/^Published "Tech\/Goals\/CLI" as revision \d+\.\n$/)
      const base = basesOf(io.files.get('q.json')).get(doc.plan.id)
      expect(base?.title).toBe(title)

      io.err = ''
      expect(await runCli(['publish', 'q.json', ...target, '--user', wiki.editor.name], io)).toBe(0)
      expect(io.err).toBe(
        `"${title}" already holds this page (revision ${base?.revid}); nothing to publish.\n`,
      )

      // A colleague marks the first goal blocked on the wiki; here it is marked done.
      const colleague = await connectWiki({
        apiUrl: wiki.apiUrl,
        username: wiki.colleague.name,
        password: wiki.colleague.password,
      })
      if (!colleague.ok || !base) throw new Error('no colleague')
      const first = doc.goals[0]
      if (!first) throw new Error('no goal')
      const theirs = {
        ...doc,
        goals: doc.goals.map((g) => (g.id === first.id ? { ...g, status: 'blocked' as const } : g)),
      }
      const saved = await colleague.value.save({
        title,
        text: exportWikitext(theirs),
        summary: 'Blocked',
        base,
        startedAt: new Date().toISOString(),
      })
      expect(saved.ok).toBe(true)
      // Here the same goal is marked done and another reworded, in a copy of the file that keeps its base.
      const mine = {
        ...doc,
        goals: doc.goals.map((g) =>
          g.id === first.id
            ? { ...g, status: 'done' as const }
            : g.id === doc.goals[1]?.id
              ? { ...g, text: `${g.text} (reworded here)` }
              : g,
        ),
      }
      const bases = basesOf(io.files.get('q.json'))
      io.files.set('mine.json', serializeBackup([mine], Date.UTC(2026, 10, 2), bases))

      io.err = ''
      expect(
        await runCli(['publish', 'mine.json', ...target, '--user', wiki.editor.name], io),
      ).toBe(3)
      expect(io.err).toMatch(
        /^quarterdeck: Someone changed the page "Tech\/Goals\/CLI" on the wiki since .*pull first, then publish: quarterdeck pull/,
      )

      io.err = ''
      expect(await runCli(['pull', 'mine.json', ...target, '-o', 'merged.json'], io)).toBe(3)
      expect(io.err).toMatch(/Merged three ways.*1 conflict\./)
      expect(io.err).toMatch(
        /1 conflict to decide .*; nothing was written:\n {2}Status of ".+" \(\w+\): here Done; on the wiki Blocked\n/,
      )
      expect(io.files.has('merged.json')).toBe(false)

      io.err = ''
      expect(
        await runCli(
          ['pull', 'mine.json', ...target, '-o', 'merged.json', '--prefer', 'remote'],
          io,
        ),
      ).toBe(0)
      const merged = parseBackup(io.files.get('merged.json') ?? '')
      if (!merged.ok) throw new Error(merged.error)
      expect(merged.docs[0]?.goals.find((g) => g.id === first.id)?.status).toBe('blocked')
      expect(basesOf(io.files.get('merged.json')).get(doc.plan.id)?.revid).toBe(
        saved.ok ? saved.value.revid : -1,
      )

      io.err = ''
      expect(
        await runCli(
          ['publish', 'merged.json', ...target, '--user', wiki.editor.name, '--summary', 'Merged'],
          io,
        ),
      ).toBe(0)
      expect(io.err).toMatch(/^Published/)
      const onWiki = await colleague.value.readLatest(title)
      const published = merged.docs[0]
      if (!onWiki.ok || !published) throw new Error('not published')
      expect(onWiki.value?.content).toBe(exportWikitext(published).trimEnd())
      expect(onWiki.value?.content).toContain('(reworded here)')
    })

    it('a published backup file loses its own id and names the backup it was as its base, so a colleague who has it still merges three ways', async () => {
      let next = 0
      const doc = buildExampleQuarter({ newId: () => `b-${++next}`, now: Date.UTC(2026, 10, 1) })
      const saved = { backupId: 'backup-mailed-to-c', savedAt: '2026-11-01T00:00:00.000Z' }
      const earlier = { backupId: 'backup-before', savedAt: '2026-10-01T00:00:00.000Z' }
      const text = serializeBackup([doc], Date.parse(saved.savedAt), new Map(), {
        backupId: saved.backupId,
        backupBases: new Map([[doc.plan.id, { ...earlier, earlier: [] }]]),
      })
      const wiki = served()
      const env = { QUARTERDECK_WIKI_PASSWORD: wiki.editor.password }
      const io = memoryIo({ 'q.json': text }, { env })
      const args = ['publish', 'q.json', '--wiki', wiki.apiUrl, '--title', 'Tech/Goals/Named']
      expect(await runCli([...args, '--user', wiki.editor.name], io)).toBe(0)

      const rewritten = parseBackup(io.files.get('q.json') ?? '')
      if (!rewritten.ok) throw new Error(rewritten.error)
      expect(rewritten.backup, 'no longer the backup it was').toBeUndefined()
      expect(rewritten.backupBases?.get(doc.plan.id)).toEqual({ ...saved, earlier: [earlier] })
    })

    it('takes the password from standard input; a wrong one is one line and exit 1, the file unchanged', async () => {
      let next = 0
      const doc = buildExampleQuarter({ newId: () => `w-${++next}`, now: Date.UTC(2026, 10, 1) })
      const text = serializeBackup([doc], Date.UTC(2026, 10, 1))
      const wiki = served()
      const args = [
        'publish',
        'q.json',
        '--wiki',
        wiki.apiUrl,
        '--title',
        'Tech/Goals/Stdin',
        '--user',
        wiki.editor.name,
      ]
      const wrong = memoryIo({ 'q.json': text }, { stdin: 'notthepassword000000000000000000\n' })
      expect(await runCli(args, wrong)).toBe(1)
      expect(wrong.err).toMatch(
        /^quarterdeck: The wiki at 127\.0\.0\.1:\d+ refused the user name or bot password; check them on Special:BotPasswords\n$/,
      )
      expect(wrong.files.get('q.json')).toBe(text)
      const right = memoryIo({ 'q.json': text }, { stdin: `${wiki.editor.password}\n` })
      expect(await runCli(args, right)).toBe(0)
    })
  },
)
