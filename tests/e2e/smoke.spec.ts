import { request as httpRequest } from 'node:http'
import { readFileSync } from 'node:fs'
import { test, expect, freshApp, watchPageProblems } from './fixtures'

/** A GET with the path sent exactly as written (fetch would normalise "../" away). */
function rawGet(
  baseURL: string,
  path: string,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined> }> {
  const url = new URL(baseURL)
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      { host: url.hostname, port: url.port, path, method: 'GET' },
      (response) => {
        response.resume()
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers }),
        )
      },
    )
    request.on('error', reject)
    request.end()
  })
}

function metaPolicy(): string {
  const html = readFileSync('src/renderer/index.html', 'utf8')
  const match = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)
  if (!match?.[1]) throw new Error('no CSP meta tag in src/renderer/index.html')
  return match[1]
}

test('the app loads in Chromium without console errors or CSP violations', async ({ page }) => {
  const consoleErrors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') {
      consoleErrors.push(`${message.text()} (${message.location().url})`)
    }
  })
  await freshApp(page)
  await expect(page).toHaveTitle('Quarterdeck')
  // Let late effects (IndexedDB open, live queries) run before judging.
  await page.waitForLoadState('networkidle')
  expect(consoleErrors).toEqual([])
})

test('a blocked inline script is reported as a CSP violation', async ({ browser }) => {
  // Proves the CSP watch used by every test can fail: an inline script must be refused.
  const page = await browser.newPage()
  const problems = await watchPageProblems(page)
  await freshApp(page)
  await page.evaluate(() => {
    const script = document.createElement('script')
    script.textContent = 'window.inlineRan = true'
    document.body.append(script)
  })
  await expect.poll(() => problems.cspViolations.length).toBeGreaterThan(0)
  expect(await page.evaluate(() => 'inlineRan' in window)).toBe(false)
  await page.close()
})

test('web mode serves the page with the same CSP as its meta tag', async ({ request }) => {
  const response = await request.get('/')
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toBe('text/html; charset=utf-8')
  expect(response.headers()['content-security-policy']).toBe(metaPolicy())
})

test('web mode serves scripts as JavaScript, cached for good, and unknown routes as the app', async ({
  request,
}) => {
  const html = await (await request.get('/')).text()
  const script = /src="\.?\/?(assets\/[^"]+\.js)"/.exec(html)?.[1]
  expect(script, 'index.html references a built script').toBeTruthy()
  const asset = await request.get(`/${script}`)
  expect(asset.status()).toBe(200)
  expect(asset.headers()['content-type']).toBe('text/javascript; charset=utf-8')

  // Built assets are named after their content: kept for good. The page is asked for each time.
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable')
  expect((await request.get('/')).headers()['cache-control']).toBe('no-cache')

  const route = await request.get('/board')
  expect(route.status()).toBe(200)
  expect(await route.text()).toBe(html)

  expect((await request.get('/assets/missing.js')).status()).toBe(404)
})

test('web mode refuses paths outside the built app', async ({ baseURL }) => {
  if (!baseURL) throw new Error('baseURL is not configured')
  for (const path of ['/../package.json', '/%2e%2e/package.json', '/..%2f..%2fpackage.json']) {
    const response = await rawGet(baseURL, path)
    expect(response.status, path).toBe(403)
  }
  expect((await rawGet(baseURL, '/%E0%A4%A')).status).toBe(400)
})
