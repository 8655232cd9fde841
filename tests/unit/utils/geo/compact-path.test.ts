import { describe, expect, it } from 'vitest';
import { CompactPath } from '@/utils/geo/compact-path';

function ring(path: CompactPath, points: [number, number][]) {
  path.moveTo(...points[0]);
  for (const p of points.slice(1)) path.lineTo(...p);
  path.closePath();
}

describe('compact path data', () => {
  it('writes tenths relative to the last point, commas only where no minus sign separates', () => {
    const path = new CompactPath(0.5);
    ring(path, [
      [10, 20],
      [12.5, 20],
      [12.5, 18.04],
    ]);
    expect(path.take()).toBe('m10,20l2.5,0,0-2z');
  });

  it('starts the next ring from where the last one closed, and the next outline from the origin', () => {
    const path = new CompactPath(0.5);
    ring(path, [[10, 20], [20, 20], [20, 30]]);
    ring(path, [[15, 25], [16, 25], [16, 26]]);
    expect(path.take()).toBe('m10,20l10,0,0,10zm5,5l1,0,0,1z');
    ring(path, [[1, 1], [2, 1], [2, 2]]);
    expect(path.take()).toBe('m1,1l1,0,0,1z');
  });

  it('leaves out points closer than the step, and rings smaller than a pixel', () => {
    const path = new CompactPath(0.7);
    ring(path, [[0, 0], [0.3, 0.2], [5, 0], [5.2, 0.1], [5, 5]]);
    ring(path, [[40, 40], [40.3, 40], [40.3, 40.3]]);
    expect(path.take()).toBe('m0,0l5,0,0,5z');
  });

  it('writes fractions under one without their zero', () => {
    const path = new CompactPath(0.1);
    ring(path, [[0.4, 0.5], [0.9, 0.5], [0.9, 0]]);
    expect(path.take()).toBe('m.4,.5l.5,0,0-.5z');
  });
});
