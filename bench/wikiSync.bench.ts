/**
 * Wiki sync benchmark (`npm run bench:sync`): publish and pull of a quarter
 * of 2,000 goals (20 teams of 100) against a real MediaWiki served by PHP's
 * built-in server on 127.0.0.1 (tests/mediawiki/server.ts), with 100 goals
 * changed on the wiki by another user and 100 changed here before the pull.
 * Prints wall times of each step, the pull split into network (reading the
 * revision) and the import plus three-way merge; asserts nothing.
 */
import { performance } from 'node:perf_hooks'
import { connectWiki } from '../src/main/wiki/wikiClient'
import { mergePlans } from '../src/shared/merge'
import type { PlanDocument } from '../src/shared/model'
import { publishPlan } from '../src/shared/wikiSync/publish'
import { pullPlan } from '../src/shared/wikiSync/pull'
import { exportWikitext, importWikitext } from '../src/shared/wiki'
import { findMediaWiki } from '../tests/mediawiki/mediawiki'
import { serveWiki } from '../tests/mediawiki/server'
import { generateWikiQuarter } from './wikiQuarter'

async function time<T>(label: string, work: () => Promise<T> | T): Promise<T> {
  const start = performance.now()
  const value = await work()
  console.log(`${label.padEnd(58)} ${(performance.now() - start).toFixed(0).padStart(6)} ms`)
  return value
}

function changeEvery(doc: PlanDocument, offset: number, what: string): PlanDocument {
  return {
    ...doc,
    goals: doc.goals.map((g, i) => (i % 20 === offset ? { ...g, text: `${g.text} (${what})` } : g)),
  }
}

const found = findMediaWiki()
if ('missing' in found) throw new Error(found.missing)
const wiki = await time('Serving a test wiki (copy of the prepared one)', () =>
  serveWiki(found.installPath),
)
try {
  const doc = generateWikiQuarter({ teams: 20, goalsPerTeam: 100, groupsPerTeam: 5 })
  const page = exportWikitext(doc)
  console.log(`Quarter: ${doc.goals.length} goals, page ${(page.length / 1024).toFixed(0)} KiB`)
  const login = async (name: string, password: string) => {
    const session = await connectWiki({ apiUrl: wiki.apiUrl, username: name, password })
    if (!session.ok) throw new Error(session.problem.message)
    return session.value
  }
  const editor = await time('Log in (bot password)', () =>
    login(wiki.editor.name, wiki.editor.password),
  )
  const colleague = await login(wiki.colleague.name, wiki.colleague.password)
  const title = 'Bench/Goals'
  const first = await time('Publish, new page', () =>
    publishPlan({ wiki: editor, doc, title, base: null }),
  )
  if (first.kind !== 'published') throw new Error(first.kind)
  await time('Publish again, no change (no new revision)', () =>
    publishPlan({ wiki: editor, doc, title, base: first.base }),
  )
  const theirs = changeEvery(doc, 0, 'changed on the wiki')
  const saved = await colleague.save({
    title,
    text: exportWikitext(theirs),
    summary: '100 goals changed',
    base: first.base,
    startedAt: new Date().toISOString(),
  })
  if (!saved.ok) throw new Error(saved.problem.message)
  const local = changeEvery(doc, 10, 'changed here')
  await time('Publish refused (changed since base)', () =>
    publishPlan({ wiki: editor, doc: local, title, base: first.base }),
  )
  const latest = await time('  of which: reading the latest revision', () =>
    editor.readLatest(title),
  )
  if (!latest.ok || !latest.value) throw new Error('no page')
  const content = latest.value.content
  const imported = await time('  import of the page, no network', () => importWikitext(content))
  if (!imported.ok) throw new Error(imported.error)
  const merged = await time('  three-way merge, 100 + 100 changes, no network', () =>
    mergePlans({ base: doc, local, remote: imported.doc }),
  )
  console.log(
    `  merge: ${merged.summary.remoteChanges} remote changes, ${merged.summary.localChanges} local, ${merged.conflicts.length} conflicts`,
  )
  const pulled = await time('Pull (read + import + merge)', () =>
    pullPlan({ wiki: editor, local, title, base: first.base }),
  )
  if (pulled.kind !== 'merged') throw new Error(pulled.kind)
  await time('Publish the merge', () =>
    publishPlan({ wiki: editor, doc: pulled.merge.merged, title, base: pulled.base }),
  )
} finally {
  await wiki.dispose()
}
