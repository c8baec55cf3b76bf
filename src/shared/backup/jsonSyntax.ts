/**
 * Finds where JSON text first breaks the grammar. JavaScript engines word
 * JSON.parse errors differently and some give no position at all, so the
 * backup reader locates errors itself, the same way in Node, Electron and
 * any browser.
 */

/** Offset of the first character that breaks JSON grammar; `text.length` when the text ends too early; null when the text is valid. */
export function firstJsonError(text: string): number | null {
  let i = 0
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++
  }
  const literal = (word: string): boolean => {
    if (text.startsWith(word, i)) {
      i += word.length
      return true
    }
    // Report the first character that differs, or the end when the text stops mid-word.
    for (let k = 0; k < word.length; k++) {
      if (text[i + k] !== word[k]) {
        i += k
        return false
      }
    }
    return false
  }
  const string = (): boolean => {
    i++ // opening quote
    while (i < text.length) {
      const char = text[i] as string
      if (char === '"') {
        i++
        return true
      }
      if (char.charCodeAt(0) < 0x20) return false
      if (char === '\\') {
        const next = text[i + 1]
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            i = Math.min(text.length, i + 2)
            return false
          }
          i += 6
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2
        else {
          i++
          return false
        }
      } else i++
    }
    return false
  }
  const number = (): boolean => {
    const match = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(text.slice(i, i + 400))
    if (!match || match[0] === '' || match[0] === '-') return false
    i += match[0].length
    return true
  }
  const scalar = (): boolean => {
    const char = text[i]
    if (char === '"') return string()
    if (char === 't') return literal('true')
    if (char === 'f') return literal('false')
    if (char === 'n') return literal('null')
    return number()
  }
  // Open containers as a stack of closers, not recursion: a file of 100,000 "[" must get
  // its error's position, not exhaust the call stack.
  const value = (): boolean => {
    const open: string[] = []
    for (;;) {
      // A value starts here: the members of containers opening now, then a scalar or an empty one.
      ws()
      const char = text[i]
      if (char === '{' || char === '[') {
        i++
        ws()
        const close = char === '{' ? '}' : ']'
        if (text[i] === close) i++
        else {
          open.push(close)
          if (close === '}' && !key()) return false
          continue
        }
      } else if (!scalar()) return false
      // After a value: close what ends here, until a comma starts the next value.
      for (;;) {
        const close = open.at(-1)
        if (close === undefined) return true
        ws()
        if (text[i] === ',') {
          i++
          if (close === '}' && !key()) return false
          break
        }
        if (text[i] !== close) return false
        i++
        open.pop()
      }
    }
  }
  // An object member's key and colon; the value follows.
  const key = (): boolean => {
    ws()
    if (text[i] !== '"' || !string()) return false
    ws()
    if (text[i] !== ':') return false
    i++
    return true
  }
  if (!value()) return Math.min(i, text.length)
  ws()
  return i < text.length ? i : null
}
