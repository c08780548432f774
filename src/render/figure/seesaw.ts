/**
 * The pelvis as a seesaw on the stance hip (Neumann's lever; PhET's Balancing Act): a plank tilted
 * by the pelvic drop, pivoting on the hip, each force at its lever arm, pushing or pulling, as long
 * as it is strong. A force that turns the swing side down sits where it does so; the cane pushes
 * the swing side up.
 */
import { el, type SvgNode } from '../svg.ts';
import { arrowPx, forceColour } from './forceArrows.ts';
import { panelFontPx, panelText, wrap, type Block, type PanelInput } from './panelParts.ts';
import { LINE_EM, overlaps, textSize, type Box } from './labels.ts';

/** The seesaw block of the panel, `w` px wide. */
export function seesawBlock(p: PanelInput, w: number): Block {
  const t = p.t;
  const o = p.overlays;
  const f = panelFontPx(t);
  const row = LINE_EM * f * 1.12;
  const title = wrap('The pelvis as a seesaw on the hip', w, f, true);
  const forces = o.forces.filter(
    (d) => d.id !== 'contact' && Math.abs(d.momentNm) >= 0.05 && d.forceN > 0,
  );
  const maxArm = Math.max(...forces.map((d) => d.momentArmM), 1e-3);
  const maxForce = Math.max(...forces.map((d) => d.forceN), 1);
  const glyph = 5.6 * row;
  return {
    height: row * title.length + glyph,
    draw: (x, y) => {
      const out: SvgNode[] = title.map((l, i) =>
        panelText(t, x, y + row * (i + 0.5), l, { bold: true }),
      );
      const cx = x + w / 2;
      const cy = y + row * title.length + glyph * 0.4;
      const half = w / 2 - f;
      const armPx = half / maxArm;
      const forcePx = (glyph * 0.3) / maxForce;
      // The swing side is drawn where the figure has it: left of the hip for a right stance.
      const swingDir = o.side === 'right' ? -1 : 1;
      const drop = o.drop.valueRad;
      const tilt = swingDir * drop;
      const along = (s: number) => [cx + s * Math.cos(tilt), cy + s * Math.sin(tilt)] as const;
      const [ax, ay] = along(-half - 0.5 * f);
      const [bx, by] = along(half + 0.5 * f);
      out.push(
        el('path', {
          d: `M${cx},${cy + 0.2 * f}L${cx - 0.7 * f},${cy + 1.3 * f}L${cx + 0.7 * f},${cy + 1.3 * f}Z`,
          fill: t.bone,
          stroke: t.boneEdge,
          'stroke-width': 1.2 * t.lineScale,
          'aria-label': 'Pivot: the stance hip',
        }),
        el('line', {
          x1: ax,
          y1: ay,
          x2: bx,
          y2: by,
          stroke: t.boneEdge,
          'stroke-width': 0.45 * f,
          'stroke-linecap': 'round',
          class: 'seesaw-plank',
        }),
      );
      // Arrows first; then each symbol below its arrow, or above the plank, where it is free.
      const marks = [...forces]
        .sort((a, b) => a.momentArmM - b.momentArmM)
        .map((d) => {
          const down = d.force.y <= 0;
          // A downward pull turns the swing side down when it sits on the swing side.
          const side = Math.sign(d.momentNm) * (down ? 1 : -1) * swingDir;
          const [px, py] = along(side * d.momentArmM * armPx);
          const len = Math.max(0.6 * f, d.forceN * forcePx);
          const colour = forceColour(d.id, t);
          const from: [number, number] = down ? [px, py] : [px, py + len];
          const to: [number, number] = down ? [px, py + len] : [px, py];
          const arrow = arrowPx(
            t,
            from,
            to,
            colour,
            `${d.symbol} on the seesaw`,
            2.2 * t.lineScale,
          );
          out.push(arrow.node);
          return { d, px, py, len, colour, head: arrow.head };
        });
      const taken: Box[] = marks.map((m) => m.head);
      for (const m of marks) {
        const size = textSize(m.d.symbol, f * 0.85, true);
        const spots = [m.py + m.len + 0.6 * f, m.py - 0.9 * f];
        for (const ly of spots) {
          const box = {
            x0: m.px - size.w / 2 - 1,
            y0: ly - size.h / 2,
            x1: m.px + size.w / 2 + 1,
            y1: ly + size.h / 2,
          };
          if (taken.some((b) => overlaps(b, box)) || box.x0 < x || box.x1 > x + w) continue;
          taken.push(box);
          out.push(
            panelText(t, m.px, ly, m.d.symbol, {
              anchor: 'middle',
              bold: true,
              colour: m.colour,
              size: f * 0.85,
            }),
          );
          break;
        }
      }
      return [
        el(
          'g',
          {
            class: 'seesaw',
            'aria-label': 'The pelvis as a seesaw: each force at its lever arm about the hip',
          },
          out,
        ),
      ];
    },
  };
}
