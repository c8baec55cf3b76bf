/**
 * Renders the app. Loaded by main.ts once the startup read is under way.
 */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { openStore } from './db/database'
import { markStartup } from './startupMarks'
import './styles.css'

markStartup('script-evaluated')
// Opened before the first render so it overlaps React's work; App shows failures.
openStore().catch(() => {})

const container = document.getElementById('root')
if (!container) throw new Error('Missing #root element')
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
