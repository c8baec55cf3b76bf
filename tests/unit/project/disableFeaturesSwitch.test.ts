import { describe, expect, it } from 'vitest'
import { disableFeaturesSwitch } from '../../chromium'

// The command line as chrome://version shows it, shortened.
const PLAYWRIGHT_LINE =
  '/usr/lib/chromium/chromium --disable-field-trial-config ' +
  '--disable-features=PaintHolding,ThirdPartyStoragePartitioning,MediaRouter ' +
  '--enable-features=CDPScreenshotNewSurface --headless --no-sandbox'

describe('disableFeaturesSwitch', () => {
  it('keeps every feature the command line already disables, then adds the new ones', () => {
    expect(
      disableFeaturesSwitch(PLAYWRIGHT_LINE, ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup']),
    ).toBe(
      '--disable-features=PaintHolding,ThirdPartyStoragePartitioning,MediaRouter,' +
        'WebUIOmniboxPopup,WebUIOmniboxAimPopup',
    )
  })

  it('builds on the last --disable-features, the only one Chromium obeys', () => {
    const line = '--disable-features=Old --headless --disable-features=PaintHolding,MediaRouter'
    expect(disableFeaturesSwitch(line, ['WebUIOmniboxPopup'])).toBe(
      '--disable-features=PaintHolding,MediaRouter,WebUIOmniboxPopup',
    )
  })

  it('names a feature once, even when it is already disabled', () => {
    expect(disableFeaturesSwitch(PLAYWRIGHT_LINE, ['MediaRouter', 'X', 'X'])).toBe(
      '--disable-features=PaintHolding,ThirdPartyStoragePartitioning,MediaRouter,X',
    )
  })

  it('names only the new features when nothing is disabled yet', () => {
    expect(disableFeaturesSwitch('/usr/bin/chromium --headless', ['WebUIOmniboxPopup'])).toBe(
      '--disable-features=WebUIOmniboxPopup',
    )
    expect(disableFeaturesSwitch('--disable-features= --headless', ['A'])).toBe(
      '--disable-features=A',
    )
  })
})
