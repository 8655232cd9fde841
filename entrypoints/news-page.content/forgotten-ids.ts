/**
 * Ids of mentions forgotten since the store last handed out its changes, by their first text
 * node: a block read again (live changes, names the background sent) finds most of its
 * mentions again, and each keeps its id, so a card open on one stays open.
 */
export class ForgottenIds {
  private readonly byStart = new Map<Text, { range: StaticRange; entity: number; id: number }[]>();

  note(range: StaticRange, entity: number, id: number): void {
    const start = range.startContainer as Text;
    const list = this.byStart.get(start);
    const entry = { range, entity, id };
    if (list) list.push(entry);
    else this.byStart.set(start, [entry]);
  }

  /** The id a mention of `entity` over exactly `range` had, taken back, or undefined. */
  take(range: StaticRange, entity: number): number | undefined {
    const list = this.byStart.size > 0 ? this.byStart.get(range.startContainer as Text) : undefined;
    const at = list?.findIndex(
      (f) => f.entity === entity && f.range.startOffset === range.startOffset && f.range.endContainer === range.endContainer && f.range.endOffset === range.endOffset,
    );
    if (list === undefined || at === undefined || at < 0) return undefined;
    return list.splice(at, 1)[0].id;
  }

  clear(): void {
    this.byStart.clear();
  }
}
