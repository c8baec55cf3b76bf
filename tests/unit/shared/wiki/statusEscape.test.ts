/**
 * A status-update item without a status whose text holds status markup (a
 * status template, the plain profile's bold word, a custom profile's marker)
 * comes back from its page unchanged and still without a status, in both
 * layouts and every profile, and the page is written the same way again.
 */
import { describe, expect, it } from 'vitest'
import { UNDATED } from '../../../../src/shared/dates'
import type { PageLayout, PlanDocument, StatusUpdateItem } from '../../../../src/shared/model'
import {
  exportWikitext,
  importWikitext,
  MEDIAWIKI_PROFILE,
  PLAIN_PROFILE,
} from '../../../../src/shared/wiki'
import { decodeText, encodeText } from '../../../../src/shared/wiki/syntax/escape'
import { StatusReader } from '../../../../src/shared/wiki/syntax/markup'
import { escapeStatusMarkup } from '../../../../src/shared/wiki/syntax/statusEscape'
import { planFromSpec } from '../../../support/planFromSpec'
import { sequentialIds, CUSTOM } from './helpers'

const PROFILES = [MEDIAWIKI_PROFILE, PLAIN_PROFILE, CUSTOM]
const LAYOUTS: PageLayout[] = ['table', 'list']

// Texts a person may type into an item they give no status.
const TEXTS = [
  '{{Done}}',
  'Shipped {{Done}}',
  '{{Done}} - shipped',
  'x {{In progress}} y',
  '{{Not done|Blocked}} by legal',
  '{{ to_do }}',
  "'''Done'''",
  "Review '''In progress''' now",
  "'''Blocked'''",
  '✔ done',
  'Deploy ✔ done twice ✔ done',
  '{{Status|todo}} and {{Status|later}}',
  '{{Done}} or {{Postponed}}',
  '{{Done}}{{Done}}',
  '* {{Done}}',
]

function docWith(items: StatusUpdateItem[], grouped: boolean): PlanDocument {
  return planFromSpec({
    intro: '',
    teams: [
      {
        ...{ name: 'Search', managerLabel: '', managers: [], dependencies: '', child: false },
        loose: [
          {
            text: 'Goal',
            status: 'todo',
            tasks: [],
            note: '',
            stretch: false,
            carriedOverFrom: null,
          },
        ],
        groups: [],
        updates: [{ date: '2019-10-28', summary: 'All fine', grouped, items }],
      },
    ],
  })
}

function importOrThrow(page: string): PlanDocument {
  const outcome = importWikitext(page, { newId: sequentialIds(), now: 0 })
  if (!outcome.ok) throw new Error(outcome.error)
  return outcome.doc
}

describe('status markup in the text of an update item without a status', () => {
  for (const profile of PROFILES)
    for (const layout of LAYOUTS)
      it(`reads back unchanged, without a status (${layout}, ${profile.name})`, () => {
        const options = { layout, profile }
        const free = TEXTS.map((text) => ({ text, status: null, note: 'a note' }))
        // Ungrouped; and grouped, where a free item sits beside the status bullets.
        for (const [grouped, items] of [
          [false, free],
          [true, [{ text: 'Other', status: 'done' as const, note: '' }, ...free]],
        ] as const) {
          const doc = docWith([...items], grouped)
          const page = exportWikitext(doc, options)
          const back = importOrThrow(page)
          expect(back.updates.map((u) => u.items)).toEqual([items])
          expect(exportWikitext(back, options)).toBe(page)
        }
      })

  it('reads back unchanged in an update without a date (as an imported page has it)', () => {
    for (const profile of PROFILES) {
      const doc = docWith(
        TEXTS.map((text) => ({ text, status: null, note: '' })),
        false,
      )
      doc.updates = doc.updates.map((u) => ({ ...u, date: UNDATED, summary: '' }))
      const page = exportWikitext(doc, { layout: 'list', profile })
      const back = importOrThrow(page)
      expect(back.updates.flatMap((u) => u.items.map((i) => [i.text, i.status]))).toEqual(
        TEXTS.map((text) => [text, null]),
      )
      expect(exportWikitext(back, { layout: 'list', profile })).toBe(page)
    }
  })

  it('writes one character of the markup as a reference, which decodes to what was typed', () => {
    const reader = new StatusReader(CUSTOM)
    expect(escapeStatusMarkup('Shipped {{Done}}', reader)).toBe('Shipped {{&#68;one}}')
    expect(escapeStatusMarkup("'''Done'''", reader)).toBe("'''&#68;one'''")
    expect(escapeStatusMarkup('✔ done', reader)).toBe('&#10004; done')
    expect(escapeStatusMarkup('{{Status|todo}}', reader)).toBe('{{&#83;tatus|todo}}')
    expect(escapeStatusMarkup('No status here', reader)).toBe('No status here')
    for (const text of TEXTS) {
      const escaped = escapeStatusMarkup(encodeText(text, 'item'), reader)
      expect(reader.find(escaped)).toEqual([])
      expect(decodeText(escaped)).toBe(text)
    }
  })

  it("keeps an external link's URL as written", () => {
    const reader = new StatusReader({
      ...CUSTOM,
      statuses: { ...CUSTOM.statuses, done: '[https://example.org/done Done]' },
    })
    expect(escapeStatusMarkup('x [https://example.org/done Done]', reader)).toBe(
      'x [https://example.org/done &#68;one]',
    )
  })
})
