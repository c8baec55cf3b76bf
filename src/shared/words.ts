/**
 * Counting in words: "1 goal", "2 goals", "0 goals". The one place the UI
 * and the command line make a noun agree with its number.
 */

/** "1 goal", "3 goals"; `many` for nouns that do not just take an s. */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}
