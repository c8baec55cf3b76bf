/**
 * The header's menu of secondary actions: quarters (new, next, settings),
 * backups, the wiki (connect, publish, pull) and the theme. Radix's DropdownMenu gives it the menu pattern
 * (arrow keys, typeahead, Escape, focus back on the button).
 *
 * An item that opens a dialog runs once the menu has closed and given the
 * focus back to its button: the dialog then returns the focus there too.
 * The backup items run at once, inside the click or key press: a download
 * or a file chooser wants to start from the person's own gesture.
 */
import { useEffect, useRef } from 'react'
import * as Menu from '@radix-ui/react-dropdown-menu'
import {
  CalendarPlus,
  Check,
  CloudDownload,
  CloudUpload,
  Download,
  Globe,
  FastForward,
  GitMerge,
  Menu as MenuIcon,
  Monitor,
  Moon,
  Settings,
  Sun,
  Upload,
} from 'lucide-react'
import { THEME_CHOICES, THEME_LABELS, isThemeChoice, type ThemeChoice } from '../../../shared/theme'
import { runAppCommand } from '../../commands/registry'
import { reportBackupAvailable } from '../../platform'
import { useQuarterStore } from '../../store/quarterStore'
import { useThemeStore } from '../../theme/theme'
import { useBackupCommands } from '../exchange'
import { useBackupStore } from '../exchange/backupStore'
import { pullFromWiki, useWikiStore, WikiDialogs } from '../wiki'
import { QuarterDialog } from '../quarters/QuarterSwitcher'

const THEME_ICONS: Record<ThemeChoice, typeof Sun> = { system: Monitor, light: Sun, dark: Moon }

/** The "Menu" button and its menu, with the dialogs it opens. */
export function HeaderMenu() {
  const hasQuarter = useQuarterStore((s) => s.openPlanId !== null && s.quarter !== null)
  const canSave = useQuarterStore((s) => s.phase === 'ready' && s.plans.length > 0)
  const busy = useBackupStore((s) => s.busy)
  // The desktop app's own menu offers "Save Backup…" on the same condition as this one.
  useEffect(() => {
    void reportBackupAvailable(canSave).catch(() => {})
  }, [canSave])
  const backups = useBackupCommands()
  const theme = useThemeStore((s) => s.choice)
  const chooseTheme = useThemeStore((s) => s.choose)
  const wikiBusy = useWikiStore((s) => s.busy)
  const wikiConnected = useWikiStore((s) => s.connection !== null)
  const openWiki = (dialog: 'connect' | 'publish') => useWikiStore.setState({ dialog })
  const afterClose = useRef<(() => void) | null>(null)
  const later = (action: () => void) => () => {
    afterClose.current = action
  }
  return (
    <>
      {/* Not modal: a modal menu injects an inline style (scroll lock), which the CSP refuses. */}
      <Menu.Root modal={false}>
        <Menu.Trigger className="icon-button" aria-label="Menu" title="Menu">
          <MenuIcon size={18} aria-hidden />
        </Menu.Trigger>
        <Menu.Portal>
          <Menu.Content
            className="menu"
            align="end"
            sideOffset={4}
            onCloseAutoFocus={() => {
              const action = afterClose.current
              afterClose.current = null
              // After Radix has put the focus back on the button.
              if (action) setTimeout(action, 0)
            }}
          >
            <Menu.Item className="menu-item" onSelect={later(() => runAppCommand('new-quarter'))}>
              <CalendarPlus size={16} aria-hidden /> New quarter
            </Menu.Item>
            <Menu.Item
              className="menu-item"
              disabled={!hasQuarter}
              onSelect={later(() => runAppCommand('next-quarter'))}
            >
              <FastForward size={16} aria-hidden /> Start next quarter
            </Menu.Item>
            <Menu.Item
              className="menu-item"
              disabled={!hasQuarter}
              onSelect={later(() => runAppCommand('quarter-settings'))}
            >
              <Settings size={16} aria-hidden /> Quarter settings
            </Menu.Item>
            <Menu.Separator className="menu-separator" />
            <Menu.Item
              className="menu-item"
              disabled={busy || !canSave}
              onSelect={() => void backups.saveBackup()}
            >
              <Download size={16} aria-hidden /> Save backup…
            </Menu.Item>
            <Menu.Item
              className="menu-item"
              disabled={busy}
              onSelect={() => void backups.openBackup()}
            >
              <Upload size={16} aria-hidden /> Open backup…
            </Menu.Item>
            <Menu.Item
              className="menu-item"
              disabled={busy || !hasQuarter}
              onSelect={() => void backups.mergeBackup()}
            >
              <GitMerge size={16} aria-hidden /> Merge backup…
            </Menu.Item>
            <Menu.Separator className="menu-separator" />
            <Menu.Label className="menu-label">Wiki</Menu.Label>
            <Menu.Item className="menu-item" onSelect={later(() => openWiki('connect'))}>
              <Globe size={16} aria-hidden />{' '}
              {wikiConnected ? 'Wiki connection…' : 'Connect a wiki…'}
            </Menu.Item>
            <Menu.Item
              className="menu-item"
              disabled={wikiBusy || !hasQuarter}
              onSelect={later(() => openWiki(wikiConnected ? 'publish' : 'connect'))}
            >
              <CloudUpload size={16} aria-hidden /> Publish to the wiki…
            </Menu.Item>
            <Menu.Item
              className="menu-item"
              disabled={wikiBusy || !hasQuarter}
              onSelect={later(() => void pullFromWiki())}
            >
              <CloudDownload size={16} aria-hidden /> Pull from the wiki
            </Menu.Item>
            <Menu.Separator className="menu-separator" />
            <Menu.Label className="menu-label" id="theme-menu-label">
              Theme
            </Menu.Label>
            <Menu.RadioGroup
              aria-labelledby="theme-menu-label"
              value={theme}
              onValueChange={(value) => {
                if (isThemeChoice(value)) chooseTheme(value)
              }}
            >
              {THEME_CHOICES.map((choice) => {
                const Icon = THEME_ICONS[choice]
                return (
                  <Menu.RadioItem key={choice} className="menu-item" value={choice}>
                    <Icon size={16} aria-hidden /> {THEME_LABELS[choice]}
                    <Menu.ItemIndicator className="menu-check">
                      <Check size={16} aria-hidden />
                    </Menu.ItemIndicator>
                  </Menu.RadioItem>
                )
              })}
            </Menu.RadioGroup>
          </Menu.Content>
        </Menu.Portal>
      </Menu.Root>
      <QuarterDialog />
      <WikiDialogs />
    </>
  )
}
