/**
 * The wiki client and publishing, against a real MediaWiki served by PHP on
 * 127.0.0.1 (tests/mediawiki/server.ts): no mock of the MediaWiki API.
 */
import { describe, expect, it } from 'vitest'
import { connectWiki, type WikiSession } from '../../../../src/main/wiki/wikiClient'
import { buildExampleQuarter } from '../../../../src/shared/example'
import { pageTitle } from '../../../../src/shared/plan'
import { applyMergeDecisions } from '../../../../src/shared/merge'
import { publishPlan } from '../../../../src/shared/wikiSync/publish'
import { pullPlan } from '../../../../src/shared/wikiSync/pull'
import { importWikitext } from '../../../../src/shared/wiki'
import type { WikiBase } from '../../../../src/shared/wikiSync/base'
import { exportWikitext } from '../../../../src/shared/wiki'
import { useServedWiki, wikiMissing } from '../../../mediawiki/servedWiki'
import type { BotLogin } from '../../../mediawiki/server'
import { sequentialIds } from '../../shared/wiki/helpers'

const served = useServedWiki()

async function login(who: BotLogin): Promise<WikiSession> {
  const session = await connectWiki({
    apiUrl: served().apiUrl,
    username: who.name,
    password: who.password,
  })
  if (!session.ok) throw new Error(session.problem.message)
  return session.value
}

const quarter = () => buildExampleQuarter({ newId: sequentialIds('q'), now: Date.UTC(2026, 11, 1) })

/** A sentence: no stack trace, no newline, no HTML, ending with a full stop. */
function expectSentence(message: string): void {
  expect(message).toMatch(/^(?:[A-Z"]|https?:).*\.$/s)
  expect(message).not.toMatch(/\n|\(\S+:\d+:\d+\)|<\/?\w+>|Error:/)
}

describe.skipIf(wikiMissing !== null)(
  'the wiki client against a real MediaWiki',
  { timeout: 120_000 },
  () => {
    it('publishes a new page, and publishing it again makes no new revision', async () => {
      const editor = await login(served().editor)
      const doc = quarter()
      const first = await publishPlan({ wiki: editor, doc, title: 'Goals/New page', base: null })
      expect(first.kind).toBe('published')
      if (first.kind !== 'published') return
      expect(first.nochange).toBe(false)
      const onWiki = await editor.readLatest('Goals/New page')
      expect(onWiki.ok && onWiki.value?.content).toBe(exportWikitext(doc).trimEnd())
      expect(onWiki.ok && onWiki.value?.revid).toBe(first.base.revid)

      const again = await publishPlan({
        wiki: editor,
        doc,
        title: 'Goals/New page',
        base: first.base,
      })
      expect(again.kind).toBe('published')
      if (again.kind !== 'published') return
      expect(again.nochange).toBe(true)
      expect(again.base.revid).toBe(first.base.revid)
      const still = await editor.readLatest('Goals/New page')
      expect(still.ok && still.value?.revid).toBe(first.base.revid)
    })

    it('refuses to publish over an edit made on the wiki since the base, and saves nothing', async () => {
      const title = 'Goals/Edited meanwhile'
      const editor = await login(served().editor)
      const colleague = await login(served().colleague)
      const doc = quarter()
      const first = await publishPlan({ wiki: editor, doc, title, base: null })
      if (first.kind !== 'published') throw new Error(first.kind)
      const theirs = `${exportWikitext(doc).trimEnd()}\n\nA line a colleague added.`
      const edited = await colleague.save({
        title,
        text: theirs,
        summary: 'Colleague',
        base: { revid: first.base.revid, timestamp: first.base.timestamp },
        startedAt: new Date().toISOString(),
      })
      expect(edited.ok).toBe(true)

      const changed = { ...doc, plan: { ...doc.plan, intro: 'A new intro.' } }
      const refused = await publishPlan({ wiki: editor, doc: changed, title, base: first.base })
      expect(refused.kind).toBe('changed-since-base')
      if (refused.kind === 'changed-since-base') expectSentence(refused.message)
      const onWiki = await editor.readLatest(title)
      expect(onWiki.ok && onWiki.value?.content).toBe(theirs)

      // Without any base, an existing page is not overwritten either.
      const blind = await publishPlan({ wiki: editor, doc: changed, title, base: null })
      expect(blind.kind).toBe('changed-since-base')
    })

    it('the save itself refuses a stale base, and a new page where one now exists', async () => {
      const editor = await login(served().editor)
      const title = 'Goals/Stale base'
      const made = await editor.save({
        title,
        text: 'one',
        summary: 's',
        base: null,
        startedAt: new Date().toISOString(),
      })
      if (!made.ok) throw new Error(made.problem.message)
      const twice = await editor.save({
        title,
        text: 'two',
        summary: 's',
        base: null,
        startedAt: new Date().toISOString(),
      })
      expect(twice.ok === false && twice.problem.kind).toBe('conflict')
      const next = await editor.save({
        title,
        text: 'two',
        summary: 's',
        base: made.value,
        startedAt: new Date().toISOString(),
      })
      expect(next.ok).toBe(true)
      const stale = await editor.save({
        title,
        text: 'three',
        summary: 's',
        base: made.value,
        startedAt: new Date().toISOString(),
      })
      expect(stale.ok === false && stale.problem.kind).toBe('conflict')
      const latest = await editor.readLatest(title)
      expect(latest.ok && latest.value?.content).toBe('two')
    })

    it('reads a page that does not exist as null', async () => {
      const editor = await login(served().editor)
      const none = await editor.readLatest('Goals/Never written')
      expect(none).toEqual({ ok: true, value: null })
    })

    it('says in one sentence that the bot password is wrong', async () => {
      const wrong = await connectWiki({
        apiUrl: served().apiUrl,
        username: served().editor.name,
        password: 'wrongpassword0000000000000000000',
      })
      expect(wrong.ok).toBe(false)
      if (wrong.ok) return
      expect(wrong.problem.kind).toBe('credentials')
      expectSentence(wrong.problem.message)
    })

    it('says a user without edit rights cannot edit, and nothing is saved', async () => {
      const reader = await login(served().reader)
      const saved = await reader.save({
        title: 'Goals/Reader',
        text: 'x',
        summary: 's',
        base: null,
        startedAt: new Date().toISOString(),
      })
      expect(saved.ok === false && saved.problem.kind).toBe('no-rights')
      if (!saved.ok) expectSentence(saved.problem.message)
      expect(await reader.readLatest('Goals/Reader')).toEqual({ ok: true, value: null })
    })

    it('says a wiki asking for a captcha cannot be answered here, and nothing is saved', async () => {
      const editor = await login(served().editor)
      const title = 'Goals/With a link'
      const saved = await editor.save({
        title,
        // A new web link: the wiki's captcha (ConfirmEdit) asks users who may not skip it.
        text: "'''Goals''' — see [https://example.org/plan the plan].",
        summary: 's',
        base: null,
        startedAt: new Date().toISOString(),
      })
      expect(saved.ok === false && saved.problem.kind).toBe('refused')
      if (!saved.ok) {
        expectSentence(saved.problem.message)
        expect(saved.problem.message).toMatch(/asks for a captcha, which Quarterdeck cannot show/)
      }
      expect(await editor.readLatest(title)).toEqual({ ok: true, value: null })
    })

    it("says the wiki's abuse filter refused a new page, and creates none", async () => {
      const editor = await login(served().editor)
      const title = 'Goals/Filtered new page'
      const example = quarter()
      // The served wiki's one filter disallows any edit that adds its marker word.
      const doc = {
        ...example,
        plan: { ...example.plan, intro: `Plans, and ${served().abuseFilterMarker}.` },
      }
      const refused = await publishPlan({ wiki: editor, doc, title, base: null })
      expect(refused.kind).toBe('failed')
      if (refused.kind !== 'failed') return
      expect(refused.problem.kind).toBe('refused')
      expectSentence(refused.problem.message)
      // The app's sentence, with the filter's description that the wiki gave.
      expect(refused.problem.message).toMatch(/^The wiki's abuse filter refused the edit: /)
      expect(refused.problem.message).toContain('Test marker word')
      expect(await editor.readLatest(title)).toEqual({ ok: true, value: null })
    })

    it('publishes past the abuse filter without its marker, and refuses the marker on that page', async () => {
      const editor = await login(served().editor)
      const title = 'Goals/Filtered page'
      const doc = quarter()
      // Without the marker the filter lets the edit through: it cannot fail the other tests.
      const first = await publishPlan({ wiki: editor, doc, title, base: null })
      if (first.kind !== 'published') throw new Error(first.kind)
      expect(first.nochange).toBe(false)
      const base = structuredClone(first.base)

      const marked = {
        ...doc,
        plan: { ...doc.plan, intro: `${served().abuseFilterMarker} in the intro.` },
      }
      const refused = await publishPlan({ wiki: editor, doc: marked, title, base: first.base })
      expect(refused.kind).toBe('failed')
      if (refused.kind !== 'failed') return
      expect(refused.problem.kind).toBe('refused')
      expect(refused.problem.message).toMatch(/^The wiki's abuse filter refused the edit: /)
      expect(first.base).toEqual(base)
      const after = await editor.readLatest(title)
      expect(after.ok && after.value?.revid).toBe(first.base.revid)
      expect(after.ok && after.value?.content).toBe(exportWikitext(doc).trimEnd())
    })

    it("says the wiki's abuse filter warned against the edit, and saves nothing", async () => {
      const editor = await login(served().editor)
      const title = 'Goals/Warned new page'
      const example = quarter()
      const doc = {
        ...example,
        plan: { ...example.plan, intro: `Plans, and ${served().abuseWarningMarker}.` },
      }
      const refused = await publishPlan({ wiki: editor, doc, title, base: null })
      expect(refused.kind).toBe('failed')
      if (refused.kind !== 'failed') return
      expect(refused.problem.kind).toBe('refused')
      expectSentence(refused.problem.message)
      expect(refused.problem.message).toMatch(
        /^The wiki's abuse filter warned against the edit and refused it: /,
      )
      expect(await editor.readLatest(title)).toEqual({ ok: true, value: null })
    })

    it('says a protected page is protected, and leaves it as it was', async () => {
      const editor = await login(served().editor)
      const title = served().protectedTitle
      const before = await editor.readLatest(title)
      if (!before.ok || !before.value) throw new Error('no protected page')
      const refused = await publishPlan({
        wiki: editor,
        doc: quarter(),
        title,
        base: {
          apiUrl: served().apiUrl,
          title,
          revid: before.value.revid,
          timestamp: before.value.timestamp,
          doc: quarter(),
        },
      })
      expect(refused.kind).toBe('failed')
      if (refused.kind !== 'failed') return
      expect(refused.problem.kind).toBe('protected')
      expectSentence(refused.problem.message)
      const after = await editor.readLatest(title)
      expect(after.ok && after.value?.revid).toBe(before.value.revid)
    })

    it('says an address that is not a MediaWiki API is not one', async () => {
      const wrong = await connectWiki({
        apiUrl: served().apiUrl.replace('api.php', 'no-such-api.php'),
        username: served().editor.name,
        password: served().editor.password,
      })
      expect(wrong.ok === false && wrong.problem.kind).toBe('not-a-wiki')
      if (!wrong.ok) expectSentence(wrong.problem.message)
    })

    it('says the wiki cannot be reached when it stops mid-way, and the base stays as it was', async () => {
      const editor = await login(served().editor)
      const doc = quarter()
      const first = await publishPlan({ wiki: editor, doc, title: 'Goals/Stopped', base: null })
      if (first.kind !== 'published') throw new Error(first.kind)
      const base: WikiBase = first.base
      const baseCopy = structuredClone(base)
      await served().stop()
      try {
        const changed = { ...doc, plan: { ...doc.plan, intro: 'Changed while the wiki was down.' } }
        const down = await publishPlan({ wiki: editor, doc: changed, title: 'Goals/Stopped', base })
        expect(down.kind).toBe('failed')
        if (down.kind === 'failed') {
          expect(down.problem.kind).toBe('unreachable')
          expectSentence(down.problem.message)
        }
        expect(base).toEqual(baseCopy)
        const connect = await connectWiki({
          apiUrl: served().apiUrl,
          username: served().editor.name,
          password: served().editor.password,
        })
        expect(connect.ok === false && connect.problem.kind).toBe('unreachable')
      } finally {
        await served().start()
      }
      const after = await editor.readLatest('Goals/Stopped')
      expect(after.ok && after.value?.revid).toBe(base.revid)
    })

    it('after a colleague edits the page: publish is refused, pull merges, a conflict is decided, publish saves the merge', async () => {
      const title = 'Goals/Merged'
      const editor = await login(served().editor)
      const colleague = await login(served().colleague)
      const doc = quarter()
      const first = await publishPlan({ wiki: editor, doc, title, base: null })
      if (first.kind !== 'published') throw new Error(first.kind)
      const [x, y, z] = doc.goals
      if (!x || !y || !z) throw new Error('the example has too few goals')

      // On the wiki: the colleague marks X blocked and rewords Z.
      const theirs = {
        ...doc,
        goals: doc.goals.map((g) =>
          g.id === x.id
            ? { ...g, status: 'blocked' as const }
            : g.id === z.id
              ? { ...g, text: `${g.text} (reworded on the wiki)` }
              : g,
        ),
      }
      const edited = await colleague.save({
        title,
        text: exportWikitext(theirs),
        summary: 'Status from the team',
        base: { revid: first.base.revid, timestamp: first.base.timestamp },
        startedAt: new Date().toISOString(),
      })
      if (!edited.ok) throw new Error(edited.problem.message)

      // Here: X done, Y reworded.
      const local = {
        ...doc,
        goals: doc.goals.map((g) =>
          g.id === x.id
            ? { ...g, status: 'done' as const }
            : g.id === y.id
              ? { ...g, text: `${g.text} (reworded here)` }
              : g,
        ),
      }
      const refused = await publishPlan({ wiki: editor, doc: local, title, base: first.base })
      expect(refused.kind).toBe('changed-since-base')

      const pulled = await pullPlan({ wiki: editor, local, title, base: first.base })
      if (pulled.kind !== 'merged') throw new Error(pulled.kind)
      expect(pulled.threeWay).toBe(true)
      expect(pulled.revision.revid).toBe(edited.value.revid)
      const statusConflict = pulled.merge.conflicts.find(
        (c) => c.table === 'goals' && c.field === 'status',
      )
      expect(pulled.merge.conflicts).toHaveLength(1)
      expect(statusConflict?.rowId).toBe(x.id)
      expect(statusConflict?.local.value).toBe('done')
      expect(statusConflict?.remote.value).toBe('blocked')

      const merged = applyMergeDecisions(pulled.merge, { [statusConflict?.id ?? '']: 'remote' })
      const byId = new Map(merged.goals.map((g) => [g.id, g]))
      expect(byId.get(x.id)?.status).toBe('blocked')
      expect(byId.get(y.id)?.text).toBe(`${y.text} (reworded here)`)
      expect(byId.get(z.id)?.text).toBe(`${z.text} (reworded on the wiki)`)
      expect(merged.goals).toHaveLength(doc.goals.length)

      const published = await publishPlan({ wiki: editor, doc: merged, title, base: pulled.base })
      if (published.kind !== 'published') throw new Error(published.kind)
      expect(published.nochange).toBe(false)
      const onWiki = await editor.readLatest(title)
      if (!onWiki.ok || !onWiki.value) throw new Error('page gone')
      expect(onWiki.value.content).toBe(exportWikitext(merged).trimEnd())
      const readBack = importWikitext(onWiki.value.content)
      if (!readBack.ok) throw new Error(readBack.error)
      const texts = readBack.doc.goals.map((g) => `${g.text}|${g.status}`)
      expect(texts).toContain(`${x.text}|blocked`)
      expect(texts).toContain(`${y.text} (reworded here)|${y.status}`)
      expect(texts).toContain(`${z.text} (reworded on the wiki)|${z.status}`)
    })

    it('a pull keeps the quarter on its own page when its title pattern cannot be read back', async () => {
      const editor = await login(served().editor)
      const example = quarter()
      // No "Q{quarter}": the importer cannot find this pattern in the title it makes.
      const doc = {
        ...example,
        plan: { ...example.plan, titlePattern: 'Pattern test/{fy} quarter {quarter}' },
      }
      const title = pageTitle(doc.plan)
      expect(title).toBe('Pattern test/2019-20 quarter 2')
      const first = await publishPlan({ wiki: editor, doc, title, base: null })
      if (first.kind !== 'published') throw new Error(first.kind)
      expect(importWikitext(exportWikitext(doc), { pageTitle: title }).ok).toBe(true)

      const pulled = await pullPlan({ wiki: editor, local: doc, title, base: first.base })
      if (pulled.kind !== 'merged') throw new Error(pulled.kind)
      expect(pulled.merge.conflicts).toEqual([])
      const merged = applyMergeDecisions(pulled.merge, {})
      expect(merged.plan.titlePattern).toBe('Pattern test/{fy} quarter {quarter}')
      expect(pageTitle(merged.plan)).toBe(title)
      expect(pulled.base.doc.plan.titlePattern).toBe(doc.plan.titlePattern)
    })

    it('pulling a page that is not there, or not a goals page, merges nothing', async () => {
      const editor = await login(served().editor)
      const local = quarter()
      const none = await pullPlan({ wiki: editor, local, title: 'Goals/Nowhere', base: null })
      expect(none.kind).toBe('unusable')
      const other = await pullPlan({
        wiki: editor,
        local,
        title: served().protectedTitle,
        base: null,
      })
      expect(other.kind).toBe('unusable')
      if (other.kind === 'unusable') expectSentence(other.message)
    })
  },
)
