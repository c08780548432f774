import { expect, it } from 'vitest';
import {
  describeInBrowser,
  crestTilt,
  fieldValue,
  openPage,
  readout,
  setRange,
} from './harness.ts';

describeInBrowser('the app in Chromium', { timeout: 30_000 }, (harness) => {
  it('loads with no console errors and no requests to other hosts', async () => {
    const { page, errors, foreign } = await openPage(harness());
    await page.waitForTimeout(300);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    expect(await page.title()).toBe('Trendelenburg Lab');
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-eval');
    expect(await page.locator('svg.figure-body > title').textContent()).toContain(
      'Single-leg stance',
    );
    await page.close();
  });

  it('while walking, reads out the instant on screen above the static stance, and follows the cycle', async () => {
    const { page, errors } = await openPage(harness(), '?preset=sgn-palsy-complete&mode=gait&t=0');
    const at = (k: string) => page.locator(`[data-readout="${k}"]`).textContent();
    await page.waitForSelector('[data-readout="gait-obliquity"]');
    expect(await page.locator('.gait-readouts h2').textContent()).toContain('0 % of the cycle');
    const early = await at('gait-obliquity');
    for (let i = 0; i < 30; i++)
      await page.getByRole('button', { name: 'Step forward 1 %' }).click();
    await expect.poll(() => page.locator('.gait-readouts h2').textContent()).toContain('30 %');
    expect(await at('gait-obliquity')).not.toBe(early);
    expect(await readout(page, 'Pelvic drop')).toBe('11.2°');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('raises the pelvic drop and tilts the drawn pelvis when the three abductors go to 0 without compensation', async () => {
    const { page, errors } = await openPage(harness());
    expect(await readout(page, 'Pelvic drop')).toBe('0.0°');
    expect(Math.abs(await crestTilt(page))).toBeLessThan(0.01);
    await page.getByLabel('none', { exact: true }).check();
    for (const m of [
      'Gluteus medius strength',
      'Gluteus minimus strength',
      'Tensor fasciae latae strength',
    ])
      await setRange(page, m, 0);
    const drop = Number.parseFloat(await readout(page, 'Pelvic drop'));
    expect(drop).toBeGreaterThan(10);
    expect(await crestTilt(page)).toBeGreaterThan(10);
    expect(await readout(page, 'Trendelenburg sign')).toContain('Positive');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('sets the sliders from the superior gluteal nerve palsy preset', async () => {
    const { page } = await openPage(harness());
    await page.getByLabel('Preset').selectOption('sgn-palsy-complete');
    for (const m of [
      'Gluteus medius strength',
      'Gluteus minimus strength',
      'Tensor fasciae latae strength',
    ])
      expect(await page.getByLabel(m, { exact: true }).inputValue()).toBe('0');
    expect(await page.locator('#preset-description').textContent()).toContain('paralysed');
    await page.getByLabel('Preset').selectOption('sgn-palsy-partial');
    expect(await fieldValue(page, 'Gluteus medius strength')).toBe('25');
    await page.close();
  });

  it('animates when Play is pressed: the figure changes between frames', async () => {
    const { page, errors } = await openPage(harness(), '?preset=sgn-palsy-complete');
    await page.getByRole('button', { name: /Play/ }).click();
    const a = await page.locator('svg.figure-body').innerHTML();
    await page.waitForTimeout(250);
    const b = await page.locator('svg.figure-body').innerHTML();
    expect(a).not.toBe(b);
    await page.getByRole('button', { name: /Pause/ }).click();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the whole state in the URL: a reload restores it', async () => {
    const { page } = await openPage(harness());
    await setRange(page, 'Gluteus medius strength', 35);
    await page.getByLabel('trunk lean', { exact: true }).check();
    await page.getByLabel('left', { exact: true }).check();
    await page.getByLabel('Compare', { exact: true }).selectOption('ghost');
    await expect.poll(() => page.url()).toContain('gmed=35');
    // The URL is written 150 ms after the last change: wait for the last one.
    await expect.poll(() => page.url()).toContain('compare=ghost');
    const url = page.url();
    expect(url).toContain('compensation=trunk-lean');
    expect(url).toContain('side=left');
    await page.reload();
    await page.waitForSelector('svg.figure-body');
    expect(await fieldValue(page, 'Gluteus medius strength')).toBe('35');
    expect(await page.getByLabel('trunk lean', { exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel('left', { exact: true }).isChecked()).toBe(true);
    expect(await fieldValue(page, 'Compare')).toBe('ghost');
    expect(await page.locator('svg.figure-body .ghost').count()).toBe(1);
    await page.close();
  });

  it('reads a link whose quantities carry units (the unit parser loaded first)', async () => {
    const { page, errors } = await openPage(harness(), '?mass=154%20lb&height=180%20cm');
    expect(errors).toEqual([]);
    await expect.poll(() => page.url()).toContain('mass=69.853');
    expect(page.url()).toContain('height=1.8');
    await page.close();
  });

  it('drops a typed edit on Escape: nothing is committed, the value in force shows again', async () => {
    const { page } = await openPage(harness());
    const mass = page.getByLabel('Body mass', { exact: true });
    const before = await mass.inputValue();
    await mass.focus();
    await mass.fill('95');
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
    expect(await mass.inputValue()).toBe(before);
    expect(page.url()).not.toContain('mass=95');
    await mass.focus();
    await mass.fill('abc');
    await page.keyboard.press('Escape');
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.close();
  });

  it('falls back to defaults with a visible note for invalid URL values', async () => {
    const { page, errors } = await openPage(harness(), '?gmed=banana&mass=-5&preset=nope');
    const note = page.getByRole('region', { name: 'Notes about the link' });
    await expect.poll(() => note.textContent()).toContain('not valid');
    expect(await note.textContent()).toContain('Gluteus medius strength');
    expect(await fieldValue(page, 'Gluteus medius strength')).toBe('100');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('works with the keyboard alone', async () => {
    const { page } = await openPage(harness());
    // Preset by number key, play/pause by Space, shortcut list by "?".
    await page.keyboard.press('2');
    expect(await fieldValue(page, 'Gluteus medius strength')).toBe('0');
    await page.keyboard.press('1');
    expect(await fieldValue(page, 'Gluteus medius strength')).toBe('100');
    // Tab to the first strength slider and move it with the keys.
    for (let i = 0; i < 120; i++) {
      await page.keyboard.press('Tab');
      const label = await page.evaluate(() => document.activeElement?.id);
      if (label === 'gmed') break;
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('gmed');
    await page.keyboard.press('Home');
    expect(await fieldValue(page, 'Gluteus medius strength')).toBe('0');
    await page.keyboard.press('End');
    expect(await fieldValue(page, 'Gluteus medius strength')).toBe('100');
    await page.locator('body').focus();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press(' ');
    await expect.poll(() => page.getByRole('button', { name: /Pause/ }).count()).toBe(1);
    await page.keyboard.press(' ');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('?');
    await expect
      .poll(() => page.getByRole('dialog', { name: 'Keyboard shortcuts' }).isVisible())
      .toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    // A muscle in the figure is a button: focus it and open its card with Enter.
    await page.locator('svg.figure-body [data-muscle="gmin"]').first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('dialog').textContent()).toContain('Gluteus minimus');
    expect(await page.getByRole('dialog').textContent()).toMatch(/superior gluteal artery/i);
    await page.keyboard.press('Escape');
    await page.close();
  });

  it('opens a muscle card on click', async () => {
    const { page } = await openPage(harness());
    await page.locator('svg.figure-hip [data-muscle="gmed"]').last().click();
    await expect.poll(() => page.getByRole('dialog').textContent()).toContain('Gluteus medius');
    await page.close();
  });
});
