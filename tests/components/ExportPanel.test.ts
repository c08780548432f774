// @vitest-environment jsdom
/** The export menu's PNG size (src/components/ExportPanel.svelte, src/lib/pngSize.ts). */
import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { el } from '../../src/render/svg.ts';
import { SCREEN_THEME } from '../../src/render/theme.ts';

const scenePng = vi.fn(async () => new Blob());
vi.mock('../../src/lib/exporting.ts', async (actual) => ({
  ...(await actual<typeof import('../../src/lib/exporting.ts')>()),
  scenePng,
  download: vi.fn(),
  svgFile: vi.fn(() => ''),
  copyPng: vi.fn(),
  scenePdf: vi.fn(),
}));
const { default: ExportPanel } = await import('../../src/components/ExportPanel.svelte');

let component: ReturnType<typeof mount> | undefined;
afterEach(() => {
  if (component) unmount(component);
  component = undefined;
  document.body.innerHTML = '';
  scenePng.mockClear();
});

function show(widthPx = 800, heightPx = 500) {
  component = mount(ExportPanel, {
    target: document.body,
    props: {
      draw: () => el('svg', { width: widthPx, height: heightPx }),
      shown: { widthPx, heightPx },
      theme: SCREEN_THEME,
      paperAspect: 0.75,
      fileName: (ext: string) => `f.${ext}`,
    },
  });
  flushSync();
}

/** Sets the control labelled `label` to `value` as a user would (`event`: change or input). */
function set(label: string, value: string, event: 'change' | 'input'): HTMLInputElement {
  const c = document.querySelector(`[aria-label="${label}"]`) as HTMLInputElement;
  c.value = value;
  c.dispatchEvent(new Event(event, { bubbles: true }));
  flushSync();
  return c;
}

/** Presses PNG; the menu's message after it. */
async function pressPng(): Promise<string> {
  (document.querySelector('[data-export="png"]') as HTMLButtonElement).click();
  await new Promise((r) => setTimeout(r, 0));
  flushSync();
  return document.querySelector('.msg')?.textContent ?? '';
}

async function exportPng(resolution: string, width?: string) {
  set('PNG resolution', resolution, 'change');
  if (width !== undefined) set('PNG width in pixels', width, 'input');
  return pressPng();
}

describe('the PNG export', () => {
  // Issue 11, defect 9: an empty, 0 or negative width silently gave a tiny PNG.
  it.each(['', '0', '-5', '99', '8001', '12.5'])(
    'refuses a width of "%s" pixels, saying which are allowed',
    async (w) => {
      show();
      expect(await exportPng('width', w)).toBe(
        'PNG width must be a whole number of pixels from 100 to 8000: nothing was exported.',
      );
      expect(scenePng).not.toHaveBeenCalled();
    },
  );

  it('exports a width in range at its scale', async () => {
    show();
    expect(await exportPng('width', '1600')).toBe('');
    expect(scenePng).toHaveBeenCalledWith(expect.anything(), 2, 96);
  });

  it('refuses a resolution that would pass 40 megapixels', async () => {
    show(1600, 1000);
    // 600 dpi: 10000 × 6250 px.
    expect(await exportPng('600')).toContain('62.5 megapixels');
    expect(scenePng).not.toHaveBeenCalled();
  });
});

describe('the type size on paper', () => {
  async function exportWithType(pt: string) {
    show();
    set('Export size', 'journal-single', 'change');
    const input = set('Type size in points', pt, 'input');
    return { input, message: await pressPng() };
  }

  // An empty, zero or huge size drew invisible text and lines, or failed deep in the PDF writer.
  it.each(['', '0', '-5', '1e309', '1000'])(
    'refuses a type size of "%s" pt next to the box and exports nothing',
    async (pt) => {
      const { input, message } = await exportWithType(pt);
      expect(message).toBe('Type size must be from 4 to 48 pt: nothing was exported.');
      expect(input.getAttribute('aria-invalid')).toBe('true');
      expect(document.querySelector('.problem')?.textContent).toBe(
        'Type size must be from 4 to 48 pt.',
      );
      expect(scenePng).not.toHaveBeenCalled();
    },
  );

  it('exports a size within the caps', async () => {
    const { input, message } = await exportWithType('10');
    expect(message).not.toContain('Type size');
    expect(input.getAttribute('aria-invalid')).toBe('false');
    expect(document.querySelector('.problem')).toBeNull();
  });
});
