/** Placeholder shell; replaced by the board. */
export function App() {
  return <main>Quarterdeck</main>
}
