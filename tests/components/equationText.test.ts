import { describe, expect, it } from 'vitest';
import {
  bodyWeights,
  cm,
  degrees,
  factor,
  metres,
  newton,
  nm,
  num,
  signed,
  term,
} from '../../src/lib/equationText.ts';

describe('the working’s numbers', () => {
  it('print fixed decimals with a true minus sign', () => {
    expect(num(12.345, 1)).toBe('12.3');
    expect(num(-12.35, 1)).toBe('\u221212.3');
    expect(num(-0.5, 0)).toBe('\u22121');
    expect(num(1234.5678, 4)).toBe('1234.5678');
  });

  it('never print a negative zero', () => {
    for (const x of [-0, -1e-9, -0.04]) expect(num(x, 1)).toBe('0.0');
    expect(num(-0.4, 0)).toBe('0');
  });

  it('agree with toFixed apart from the minus sign and the negative zero', () => {
    for (let i = -2000; i <= 2000; i += 7) {
      const x = i / 37;
      for (const d of [0, 1, 2, 4]) {
        const fixed = x.toFixed(d);
        const zero = /^-0(\.0*)?$/.test(fixed);
        expect(num(x, d)).toBe(zero ? fixed.slice(1) : fixed.replace('-', '\u2212'));
      }
    }
  });

  it('carry their units', () => {
    expect(newton(715.9)).toBe('716 N');
    expect(nm(71.44)).toBe('71.4 N·m');
    expect(cm(0.1244)).toBe('12.4 cm');
    expect(metres(-0.12444)).toBe('\u22120.1244 m');
    expect(degrees(Math.PI / 10)).toBe('18.0°');
    expect(bodyWeights(574, 716)).toBe('0.80 × BW');
  });

  it('write a signed term after an operator, and bracket a negative factor', () => {
    expect(signed(5)).toBe('+ 5.0 N·m');
    expect(signed(-5)).toBe('− 5.0 N·m');
    expect(signed(-0.01)).toBe('+ 0.0 N·m');
    expect([term(112.4), term(-1044.2), term(-0.3)]).toEqual(['+ 112', '− 1044', '+ 0']);
    expect(factor(metres(-0.1))).toBe('(\u22120.1000 m)');
    expect(factor(metres(0.1))).toBe('0.1000 m');
  });
});
