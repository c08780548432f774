import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeInBrowser, fieldValue, openPage, readout } from './harness.ts';

function tempFile(name: string, text: string): string {
  const f = join(mkdtempSync(join(tmpdir(), 'tl-')), name);
  writeFileSync(f, text);
  return f;
}

describeInBrowser('lecture mode and scenario files in Chromium', { timeout: 60_000 }, (harness) => {
  it('enlarges the figure and the text and hides the advanced controls', async () => {
    const { page, errors } = await openPage(harness(), '', { width: 1024, height: 768 });
    const before = await page.locator('svg.figure-body').boundingBox();
    const fontBefore = await page
      .locator('.app')
      .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(await page.getByLabel('Neck-shaft angle').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Lecture mode' }).click();
    await expect.poll(() => page.locator('.app.lecture').count()).toBe(1);
    const after = await page.locator('svg.figure-body').boundingBox();
    const fontAfter = await page
      .locator('.app')
      .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(after!.height * after!.width).toBeGreaterThan(before!.height * before!.width);
    expect(fontAfter).toBeGreaterThan(fontBefore);
    expect(await page.getByLabel('Neck-shaft angle').isVisible()).toBe(false);
    expect(
      await page
        .getByRole('button', { name: /Superior gluteal nerve palsy \(complete\)/ })
        .isVisible(),
    ).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('steps the sequence with PageDown and ArrowRight, predicting before revealing', async () => {
    const { page } = await openPage(harness(), '?lecture=1');
    const caption = page.locator('[data-caption]');
    expect(await caption.textContent()).toContain('Normal');
    await page.keyboard.press('PageDown');
    expect(await caption.textContent()).toContain('Predict');
    expect(await readout(page, 'Pelvic drop')).toBe('0.0°');
    await page.keyboard.press('PageDown');
    expect(await caption.textContent()).toContain('positive Trendelenburg sign');
    expect(Number.parseFloat(await readout(page, 'Pelvic drop'))).toBeGreaterThan(10);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await caption.textContent()).toContain('trunk lean');
    expect(Number.parseFloat(await readout(page, 'Trunk lean'))).toBeGreaterThan(20);
    await page.keyboard.press('PageUp');
    expect(await caption.textContent()).toContain('positive Trendelenburg sign');
    await page.close();
  });

  it('shows the link’s notes as dark text on their light box on the dark projector', async () => {
    const { page } = await openPage(harness(), '?lecture=1&step=999', { width: 1024, height: 768 });
    const note = page.getByRole('region', { name: 'Notes about the link' });
    await expect.poll(() => note.textContent()).toContain('step');
    const [ink, ground] = await note.evaluate((e) => {
      const s = getComputedStyle(e);
      return [s.color, s.backgroundColor];
    });
    expect(ink).toBe('rgb(26, 26, 26)');
    expect(ground).toBe('rgb(255, 244, 236)');
    await page.close();
  });

  it('opens a saved scenario file and restores its state', async () => {
    const { page } = await openPage(harness());
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      (async () => {
        await page.getByLabel('Preset').selectOption('sgn-palsy-partial');
        await page.getByLabel('auto', { exact: true }).check();
        await page.getByRole('button', { name: 'Save scenario file' }).click();
      })(),
    ]);
    const file = join(mkdtempSync(join(tmpdir(), 'tl-')), download.suggestedFilename());
    await download.saveAs(file);
    await page.getByRole('button', { name: 'Reset all' }).click();
    expect(await fieldValue(page, 'Gluteus medius strength')).toBe('100');
    await page.getByLabel('Open a scenario or sequence file').setInputFiles(file);
    await expect.poll(() => fieldValue(page, 'Gluteus medius strength')).toBe('25');
    expect(await page.getByLabel('auto', { exact: true }).isChecked()).toBe(true);
    await page.close();
  });

  it('refuses a malformed file and a file from the future, keeping the state', async () => {
    const { page } = await openPage(harness(), '?gmed=40');
    for (const [name, text, why] of [
      ['broken.json', '{"format":"trendelenburg-lab/scenario","version":1,"scen', 'not valid JSON'],
      [
        'future.json',
        '{"format":"trendelenburg-lab/scenario","version":7,"scenario":{"gmed":"0"}}',
        'newer version',
      ],
      ['foreign.json', '{"hello":"world"}', 'not a Trendelenburg Lab'],
    ] as const) {
      await page.getByLabel('Open a scenario or sequence file').setInputFiles(tempFile(name, text));
      await expect.poll(() => page.locator('.message').last().textContent()).toContain(why);
      expect(await page.locator('.message').last().textContent()).toContain('Nothing was changed');
      expect(await fieldValue(page, 'Gluteus medius strength')).toBe('40');
    }
    await page.close();
  });

  it('survives corrupted storage with a note instead of a blank page', async () => {
    const { page } = await openPage(harness());
    await page.evaluate(() => {
      localStorage.setItem('trendelenburg-lab/recent', '{definitely not json');
      localStorage.setItem('trendelenburg-lab/sequence', '[1,2');
    });
    await page.reload();
    await page.waitForSelector('svg.figure-body');
    expect((await page.locator('.message').allTextContents()).join(' ')).toContain(
      'could not be read',
    );
    expect(await page.evaluate(() => localStorage.getItem('trendelenburg-lab/recent'))).toBeNull();
    await page.close();
  });

  it('remembers recent scenarios across a reload', async () => {
    const { page } = await openPage(harness(), '?gmed=10');
    await page.getByLabel('Remember as').fill('weak medius');
    await page.getByRole('button', { name: 'Remember', exact: true }).click();
    await page.goto(harness().url);
    await page.waitForSelector('svg.figure-body');
    await page.getByRole('button', { name: 'weak medius', exact: true }).click();
    expect(await fieldValue(page, 'Gluteus medius strength')).toBe('10');
    await page.close();
  });
});

describeInBrowser('the printable handout in Chromium', { timeout: 60_000 }, (harness) => {
  it('prints the figure, the key plots, the parameters and the equations, without the controls', async () => {
    const { page, errors } = await openPage(harness(), '?preset=sgn-palsy-complete');
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    const handout = page.getByRole('region', { name: 'Printable handout' });
    await expect.poll(() => handout.count()).toBe(1);
    expect(await handout.locator('svg.plot').count()).toBe(2);
    expect(await handout.textContent()).toContain('Gluteus medius strength');
    expect(await handout.locator('svg.figure-body').isVisible()).toBe(true);
    expect(await page.locator('summary', { hasText: 'Show the working' }).isVisible()).toBe(false);
    expect(await handout.getByRole('region', { name: /^Show the working/ }).isVisible()).toBe(true);
    expect(await page.getByLabel('Neck-shaft angle').isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describeInBrowser('the sequence list with the keyboard', { timeout: 60_000 }, (harness) => {
  it('keeps the focus on a step that moved and near a step that went', async () => {
    const { page, errors } = await openPage(harness());
    const up = page.getByRole('button', { name: 'Move step 2 up' });
    await up.waitFor();
    const id = await up.getAttribute('data-step');
    await up.focus();
    await page.keyboard.press('Enter');
    // Now step 1, whose "up" is disabled: the focus is on its "down".
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Move step 1 down');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-step'))).toBe(id);
    await page.getByRole('button', { name: 'Remove step 2' }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Remove step 2');
    expect(errors).toEqual([]);
    await page.close();
  });
});
