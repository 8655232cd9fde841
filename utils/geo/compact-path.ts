/**
 * A d3-geo path context that writes short SVG path data for a map this small: coordinates in
 * tenths of a unit, relative to the previous point ("l-.4,.9" instead of "L159.6,71.7"); a
 * point under `step` units from the last one kept is left out, and so is a ring left with
 * under three points (an islet smaller than a pixel). Natural Earth's 1:50m outlines have
 * thousands of points a country; at 160 × 110 most fall on the same pixel.
 */
export class CompactPath {
  private out: string[] = [];
  /** The pen (tenths), where the last ring written left it: relative moves start from here. */
  private pen: [number, number] = [0, 0];
  private ring: [number, number][] = [];
  private readonly step: number;

  constructor(step: number) {
    this.step = Math.round(step * 10);
  }

  moveTo(x: number, y: number): void {
    this.flush(false);
    this.ring = [[Math.round(x * 10), Math.round(y * 10)]];
  }

  lineTo(x: number, y: number): void {
    const point: [number, number] = [Math.round(x * 10), Math.round(y * 10)];
    const last = this.ring[this.ring.length - 1];
    if (!last || Math.abs(point[0] - last[0]) >= this.step || Math.abs(point[1] - last[1]) >= this.step) this.ring.push(point);
  }

  closePath(): void {
    this.flush(true);
  }

  /** d3 draws points as arcs; a locator map draws its dot itself. */
  arc(): void {}

  beginPath(): void {}

  /** The path data so far, and a fresh start for the next outline. */
  take(): string {
    this.flush(false);
    const d = this.out.join('');
    this.out = [];
    this.pen = [0, 0];
    return d;
  }

  private flush(closed: boolean): void {
    const ring = this.ring;
    this.ring = [];
    if (ring.length < (closed ? 3 : 2)) return;
    const numbers: number[] = [];
    let [px, py] = this.pen;
    for (const [x, y] of ring) {
      numbers.push(x - px, y - py);
      [px, py] = [x, y];
    }
    const [mx, my] = numbers.splice(0, 2);
    this.out.push(`m${join([mx, my])}l${join(numbers)}${closed ? 'z' : ''}`);
    // After "z" the pen is back at the ring's start.
    this.pen = closed ? ring[0] : ring[ring.length - 1];
  }
}

/** Tenths as the shortest decimal ("-.4", "1.5", "3"), separated by commas unless a minus sign separates them already. */
function join(tenths: number[]): string {
  let text = '';
  tenths.forEach((n, i) => {
    const sign = n < 0 ? '-' : '';
    const whole = Math.floor(Math.abs(n) / 10);
    const tenth = Math.abs(n) % 10;
    const number = `${sign}${whole || !tenth ? whole : ''}${tenth ? `.${tenth}` : ''}`;
    text += i > 0 && !sign ? `,${number}` : number;
  });
  return text;
}
