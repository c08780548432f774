/**
 * The built app under odd use (issue 11), in Chromium: its content policy (no inline styles, no
 * connections) with no violation while it is used; links whose notes repeat; two windows sharing
 * storage; damaged storage set aside.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeInBrowser, openPage, setRange } from './harness.ts';

/** Records every content-policy violation of the page from its first script on. */
async function watchPolicy(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { violations: string[] }).violations);
}

describeInBrowser('the app under odd use, in Chromium', { timeout: 60_000 }, (harness) => {
  // Issue 11, defect 9: the policy kept style-src 'unsafe-inline' and connect-src 'self'.
  it('runs under a policy without inline styles or connections, with no violation in use', async () => {
    const page = await harness().browser.newPage({ viewport: { width: 1600, height: 1000 } });
    const violations = await watchPolicy(page);
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${harness().url}?preset=sgn-palsy-complete&compare=side-by-side`);
    await page.waitForSelector('svg.figure-body');
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(policy).toContain("style-src 'self';");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).toContain("connect-src 'none'");
    // Use what sets styles: sliders, readouts' bars, every plot tab, the walk, the working,
    // the export menu, a muscle card, lecture mode.
    await setRange(page, 'Gluteus medius strength', 40);
    for (const tab of await page.getByRole('tab').all()) await tab.click();
    await page.getByRole('button', { name: /Play/ }).click();
    await page.waitForTimeout(300);
    await page.getByRole('button', { name: /Pause/ }).click();
    await page.getByText('Show the working').click();
    // A style directive (the readouts' demand bar) still takes effect: set through the CSSOM.
    const bar = page.locator('.readouts [style]').first();
    expect(await bar.evaluate((e) => (e as HTMLElement).style.width)).toMatch(/%$/);
    await page
      .locator('summary', { hasText: /^Export/ })
      .first()
      .click();
    await page.locator('svg.figure-body [data-muscle="gmin"]').first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(1);
    await page.keyboard.press('Escape');
    await page.keyboard.press('l');
    await page.waitForTimeout(200);
    expect(await page.locator('svg.figure-body path').count()).toBeGreaterThan(5);
    expect(await page.locator('svg.plot').count()).toBeGreaterThan(0);
    expect(await page.locator('svg.figure-body').evaluate((e) => getComputedStyle(e).display)).toBe(
      'block',
    );
    // The share panel (its QR code is a data: image) and the embedded figure with its sliders.
    await page.keyboard.press('l');
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    await expect.poll(() => page.locator('img.qr').count()).toBe(1);
    await page.keyboard.press('Escape');
    expect(await violations()).toEqual([]);
    await page.goto(`${harness().url}?preset=sgn-palsy-complete&embed=1&controls=strength`);
    await page.waitForSelector('svg.figure-body');
    await setRange(page, 'Gluteus medius strength', 30);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    // The watch can fail: a style attribute written as markup is refused, and reported.
    await page.evaluate(() =>
      document.body.insertAdjacentHTML('beforeend', '<p style="color: red">inline</p>'),
    );
    await expect.poll(() => violations().then((v) => v.length)).toBe(1);
    expect((await violations())[0]).toMatch(/^style-src/);
    await page.close();
  });

  // Issue 11, defect 3: equal notes blanked the page (a keyed list with duplicate keys).
  it.each([
    '?foo=1&foo=2',
    '?mass=abc&mass=abc',
    '?hide=foo,foo',
    `?${'q'.repeat(30)}1=1&${'q'.repeat(30)}2=1`,
  ])('shows the page and its notes for %s', async (query) => {
    const { page, errors } = await openPage(harness(), query);
    const notes = page.getByRole('region', { name: 'Notes about the link' });
    await expect.poll(() => notes.count()).toBe(1);
    expect(await page.locator('#settings').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  // Issue 11, defect 5: two windows editing recents or the sequence: the last writer won.
  it('keeps what two windows remember and add, and shows each the other’s', async () => {
    const context = await harness().browser.newContext({ viewport: { width: 1600, height: 1000 } });
    const open = async () => {
      const p = await context.newPage();
      await p.goto(harness().url);
      await p.waitForSelector('svg.figure-body');
      return p;
    };
    const [a, b] = [await open(), await open()];
    for (const [p, name] of [
      [a, 'from A'],
      [b, 'from B'],
    ] as const) {
      await p.getByLabel('Remember as').fill(name);
      await p.getByRole('button', { name: 'Remember', exact: true }).click();
      await p.getByLabel('Caption').fill(`step ${name}`);
      await p.getByRole('button', { name: 'Add current scenario as a step' }).click();
    }
    // Window A hears of B's changes through the storage event, without a reload.
    const recent = a.getByRole('list', { name: 'Recent scenarios' });
    await expect.poll(() => recent.textContent()).toContain('from B');
    await expect.poll(() => a.locator('.steps').textContent()).toContain('step from B');
    expect(await a.locator('.steps').textContent()).toContain('step from A');
    await a.reload();
    await a.waitForSelector('svg.figure-body');
    expect(await recent.textContent()).toMatch(/from A[\s\S]*|from B/);
    expect(await recent.locator('li').count()).toBe(2);
    expect(await a.locator('.steps li').count()).toBe(6);
    await context.close();
  });

  it('sets damaged storage aside with a note, keeping the good entries', async () => {
    const context = await harness().browser.newContext();
    const page = await context.newPage();
    await page.goto(harness().url);
    await page.waitForSelector('svg.figure-body');
    await page.getByLabel('Remember as').fill('good');
    await page.getByRole('button', { name: 'Remember', exact: true }).click();
    await page.evaluate(() => {
      localStorage.setItem('trendelenburg-lab/recent/bad', '{definitely not json');
      localStorage.setItem('trendelenburg-lab/sequence', '[1,2');
    });
    await page.reload();
    await page.waitForSelector('svg.figure-body');
    const messages = await page.locator('.message').allTextContents();
    expect(messages.join(' ')).toContain('could not be read');
    expect(await page.getByRole('button', { name: 'good', exact: true }).count()).toBe(1);
    const aside = await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith('trendelenburg-lab/set-aside/')),
    );
    expect(aside).toHaveLength(2);
    await context.close();
  });
});
