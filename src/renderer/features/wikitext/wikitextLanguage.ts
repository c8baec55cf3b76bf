import { StreamLanguage, type StreamParser, type StringStream } from '@codemirror/language'

/**
 * A small highlighter for the wikitext Quarterdeck reads and writes: headings,
 * templates, links, bold and italic, tables, lists and comments. It colours
 * what a person scans for; it is not a MediaWiki parser (the importer is).
 *
 * Why not `@bhsd/codemirror-mediawiki` (what MediaWiki's own CodeMirror uses):
 * its npm package depends on eslint, stylelint, wikiparser-node and five
 * CodeMirror languages, all of which would land in the app's install for a
 * page that only ever holds goals tables and lists.
 *
 * Token names are @lezer/highlight tag names (StreamLanguage maps them), so a
 * HighlightStyle colours them: heading, meta (template braces and names),
 * link, strong, emphasis, list (bullets), operator (table markup), comment.
 */
interface WikitextState {
  /** Open `{{`: the template name comes next, then its arguments until `}}`. */
  templateDepth: number
  /** Inside `[[…]]` or `[…]`. */
  inLink: boolean
  /** `'''` and `''` toggles, reset at the end of each line as MediaWiki does. */
  bold: boolean
  italic: boolean
  /** Inside `<!-- … -->`, which may span lines. */
  inComment: boolean
}

function tokenInline(stream: StringStream, state: WikitextState): string | null {
  if (state.inComment) {
    if (stream.skipTo('-->')) {
      stream.match('-->')
      state.inComment = false
    } else stream.skipToEnd()
    return 'comment'
  }
  if (stream.match('<!--')) {
    state.inComment = true
    return 'comment'
  }
  if (stream.match('{{')) {
    state.templateDepth++
    // The template's name, up to its first argument or its end.
    stream.match(/^[^|}{]*/)
    return 'meta'
  }
  if (state.templateDepth > 0 && stream.match('}}')) {
    state.templateDepth--
    return 'meta'
  }
  if (state.templateDepth > 0 && stream.eat('|')) return 'meta'
  if (stream.match('[[') || stream.match(/^\[(?=https?:\/\/)/)) {
    state.inLink = true
    return 'link'
  }
  if (state.inLink) {
    if (stream.match(']]') || stream.eat(']')) state.inLink = false
    else if (!stream.match(/^[^\]{}'<]+/)) stream.next()
    return 'link'
  }
  if (stream.match("'''")) {
    state.bold = !state.bold
    return 'strong'
  }
  if (stream.match("''")) {
    state.italic = !state.italic
    return 'emphasis'
  }
  // Plain text up to the next character that could start markup.
  if (!stream.match(/^[^{}[\]'<|]+/)) stream.next()
  if (state.bold) return 'strong'
  if (state.italic) return 'emphasis'
  return state.templateDepth > 0 ? 'string' : null
}

export const wikitextParser: StreamParser<WikitextState> = {
  name: 'wikitext',
  startState: () => ({
    templateDepth: 0,
    inLink: false,
    bold: false,
    italic: false,
    inComment: false,
  }),
  copyState: (state) => ({ ...state }),
  blankLine: (state) => {
    state.bold = false
    state.italic = false
  },
  token(stream, state) {
    if (stream.sol()) {
      // Bold and italic never run past a line end; links do not either.
      state.bold = false
      state.italic = false
      state.inLink = false
      if (!state.inComment && state.templateDepth === 0) {
        if (stream.match(/^(={1,6}).*\1\s*$/)) return 'heading'
        // Table start, row, header and cell markup, and the table's end.
        if (stream.match(/^\{\||^\|[-}+]|^[|!]/)) return 'operator'
        if (stream.match(/^[*#:;]+/)) return 'list'
      }
    }
    // Cell separators inside a table row.
    if (state.templateDepth === 0 && !state.inLink && stream.match(/^(\|\||!!)/)) return 'operator'
    return tokenInline(stream, state)
  },
  languageData: { commentTokens: { block: { open: '<!--', close: '-->' } } },
}

export const wikitext = StreamLanguage.define(wikitextParser)
