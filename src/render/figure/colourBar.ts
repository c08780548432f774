/** The colour bar of muscle activation (light to dark), with the swatch of a paralysed muscle. */
import { el } from '../svg.ts';
import type { Theme } from '../theme.ts';
import { LINE_EM, textSize } from './labels.ts';
import { activationColour } from './muscles.ts';
import { panelFontPx, panelText, type Block } from './panelParts.ts';

/** Colour stops along the bar (the scale runs in Lab; the gradient between stops in RGB). */
const STOPS = 8;

/**
 * The colour bar of activation, `w` px wide at most, with the paralysed swatch beside it, or
 * below it when there is no room beside. `id` names its gradient (unique in the page).
 */
export function activationBlock(t: Theme, w: number, id: string): Block {
  const f = panelFontPx(t);
  const small = f * 0.85;
  const row = LINE_EM * f * 1.12;
  const swatchW = row * 0.9 + 0.3 * f + textSize('paralysed', small, false).w;
  const minBar = textSize('0 100 %', small, false).w + f;
  const beside = w - swatchW - 1.2 * f >= minBar;
  const barW = Math.min(beside ? w - swatchW - 1.2 * f : w, 10 * f);
  // The title shortens rather than run past the space given (a large lecture font in a small panel).
  const title = textSize('Muscle activation', f).w <= w ? 'Muscle activation' : 'Activation';
  return {
    height: row * (beside ? 2.3 : 3.2),
    key: `activation:${id}:${t.muscleLow}:${t.muscleHigh}:${t.paralysed}:${f}:${w}`,
    draw: (x, y) => {
      const by = y + row * 1.05;
      const gradient = el('defs', {}, [
        el(
          'linearGradient',
          { id },
          Array.from({ length: STOPS }, (_, i) => {
            const a = i / (STOPS - 1);
            return el('stop', {
              offset: a,
              'stop-color': activationColour(t, a),
              'stop-opacity': 0.6 + 0.35 * a,
            });
          }),
        ),
      ]);
      const sx = beside ? x + barW + 1.2 * f : x;
      const sy = beside ? by : by + row * 1.55;
      return [
        panelText(t, x, y + row * 0.5, title, { bold: true }),
        el(
          'g',
          {
            class: 'activation-bar',
            'aria-label': 'Colour bar: muscle activation from 0 to 100 %',
          },
          [
            gradient,
            el('rect', {
              x,
              y: by,
              width: barW,
              height: row * 0.55,
              fill: `url(#${id})`,
              stroke: t.muscleEdge,
              'stroke-width': 1,
            }),
            el('rect', {
              x: sx,
              y: sy,
              width: row * 0.9,
              height: row * 0.55,
              fill: t.paralysed,
              'fill-opacity': 0.45,
              stroke: t.mutedInk,
              'stroke-dasharray': '4 3',
            }),
          ],
        ),
        panelText(t, x, by + row * 1.0, '0', { size: small }),
        panelText(t, x + barW, by + row * 1.0, '100 %', { anchor: 'end', size: small }),
        panelText(t, sx + row * 0.9 + 0.3 * f, sy + row * 0.28, 'paralysed', { size: small }),
      ];
    },
  };
}
