/**
 * Renders the app (which opens the store). Loaded by main.ts once the startup
 * read is under way. React's first commit into #root clears what it held, so
 * a snapshot of the first screen painted there (see main.ts) gives way to the
 * live app in one frame.
 */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { markStartup } from './startupMarks'

markStartup('script-evaluated')

const container = document.getElementById('root')
if (!container) throw new Error('Missing #root element')
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
