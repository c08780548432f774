import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, DEFAULT_VIEW, fromQuery } from '../../src/lib/scenario.ts';
import { embedLink, iframeSnippet, pageAddress, qrImage, shareLink } from '../../src/lib/share.ts';

const address = 'https://example.org/lab/';
const lecturing = { ...DEFAULT_VIEW, lecture: true, step: 2, detail: 'gait-cycle' as const };

describe('sharing a view', () => {
  it('links to the page without its old query, and without lecture mode', () => {
    expect(pageAddress('https://example.org/lab/?gmed=3#x')).toBe(address);
    expect(shareLink(address, DEFAULT_SCENARIO, DEFAULT_VIEW)).toBe(
      'https://example.org/lab/?preset=normal',
    );
    const link = shareLink(address, DEFAULT_SCENARIO, lecturing);
    expect(link).toContain('detail=gait-cycle');
    expect(link).not.toContain('lecture');
  });

  it('embeds the same view, with the strength sliders when asked', () => {
    const plain = fromQuery(new URL(embedLink(address, DEFAULT_SCENARIO, lecturing, false)).search);
    expect(plain.view).toMatchObject({ embed: true, controls: 'none', detail: 'gait-cycle' });
    expect(plain.view.lecture).toBe(false);
    const strength = embedLink(address, DEFAULT_SCENARIO, DEFAULT_VIEW, true);
    expect(strength).toContain('embed=1');
    expect(strength).toContain('controls=strength');
  });

  it('writes an <iframe> whose attributes survive quotes and ampersands', () => {
    const s = iframeSnippet('https://example.org/?a=1&embed=1', 'Lab: "vara" <1>');
    expect(s).toBe(
      '<iframe src="https://example.org/?a=1&amp;embed=1" title="Lab: &quot;vara&quot; &lt;1>" ' +
        'width="800" height="450" style="border: 0; max-width: 100%" loading="lazy" ' +
        'allow="fullscreen"></iframe>',
    );
  });

  it('draws the QR code here as an SVG image that grows with the link', () => {
    const short = decodeURIComponent(qrImage('https://a.org/').split(',')[1]!);
    const long = decodeURIComponent(
      qrImage(`https://a.org/?${'gmed=40&'.repeat(30)}`).split(',')[1]!,
    );
    expect(short.startsWith('<svg')).toBe(true);
    const size = (svg: string) => Number(/viewBox="0 0 (\d+)/.exec(svg)?.[1]);
    expect(size(long)).toBeGreaterThan(size(short));
  });
});
