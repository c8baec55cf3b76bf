/**
 * What a person typed, as it is stored: the control characters a page
 * cannot show (NUL, ESC and the like, pasted from elsewhere) are left out,
 * and the person is told in one sentence which fields lost how many. The
 * characters are those the exporter drops (controlCharacters.ts, whose sets
 * `cleanText` uses), so what is stored is what the page shows. Commands
 * built from typed input pass each field through `take` and carry
 * `notice()` to the person.
 */
import { withoutControls } from './controlCharacters'

/** How a field holds line breaks: a name or title is one line, a text or description several. */
export type FieldLines = 'one' | 'several'

/** The typed fields of one change, cleaned one by one. */
export interface TypedTexts {
  /** `text` without the characters its page cannot show; `field` names it ("the goal text"). */
  take(field: string, text: string, lines: FieldLines): string
  /** The sentence for the person, or undefined when nothing was left out. */
  notice(): string | undefined
}

/** A fresh collector for one change. */
export function typedTexts(): TypedTexts {
  const fields: string[] = []
  let removed = 0
  return {
    take(field, text, lines) {
      const clean = withoutControls(text, lines)
      if (clean.removed > 0) {
        removed += clean.removed
        if (!fields.includes(field)) fields.push(field)
      }
      return clean.text
    },
    notice() {
      if (removed === 0) return undefined
      const characters = removed === 1 ? 'character' : 'characters'
      return `Left out ${removed} invisible control ${characters} from ${listed(fields)} (the wiki cannot show them).`
    },
  }
}

/** "the note", "the goal text and the note", "the team name, the managers and the dependencies". */
function listed(names: readonly string[]): string {
  if (names.length <= 1) return names.join('')
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) as string}`
}
