import { chooseEntity } from '@/utils/matching/disambiguate';
import { readsAsTeamAt } from '@/utils/matching/team-context';
import { speaksAfter } from '@/utils/matching/person-context';
import type { TextMatch } from '@/utils/matching/match';
import { givenNameAgain, givenNameHere, isOneWord, notThisPerson, surnameAgain } from './given-names';
import { listNeighbours } from './list-neighbours';
import { activeAt, activeOnce, coversAny, matchRange, mentionsIn } from './mention-spans';
import { ownedMatch } from './possessor';
import type { PageSay } from './page-say';
import { ForgottenIds } from './forgotten-ids';
import { givingWay, precedes } from './range-order';
import { inHeadline } from './headline';
import { inBylineBox, titledAsReporter } from './skip';
import { StrongCounts } from './strong-counts';
import { bodyOfPlaceName } from './town-clubs';
import { UnheardNames } from './unheard-names';

/** One marked (or waiting) mention of an entity on the page. */
export interface Mention {
  id: number;
  entity: number;
  weak: boolean;
  /** A weak alias waits until a strong mention of its entity comes before it. */
  active: boolean;
  range: StaticRange;
  /** The text nodes the mention spans (usually one). */
  parts: Text[];
}

/**
 * Every mention found on the page, indexed by text node for hit-testing and removal.
 * Applies the weak-alias rule: "Costa" counts only after "António Costa" earlier on the page,
 * whatever order the scanner happened to visit the text in.
 */
export class MentionStore {
  private nextId = 1;
  readonly byNode = new Map<Text, Mention[]>();
  private readonly firstStrong = new Map<number, StaticRange>();
  private readonly waiting = new Map<number, Set<Mention>>();
  /** True while a full scan adds mentions in document order into an empty store: an entity's first strong mention is the first added, and no position needs comparing (compareDocumentPosition was the store's main cost). */
  inDocumentOrder = false;
  /** Names held for another country's body (see `add`): its full name anywhere on the page, even after them, settles them. */
  private readonly heldForCountry = new WeakSet<Mention>();
  /** Mentions that changed state since the last `takeChanges()`. */
  private readonly added: Mention[] = [];
  private readonly removed: Mention[] = [];

  /** The page's places, which settle a shared or weak place name (see `PlaceContext`); none in tests that need none. */
  constructor(
    private readonly places?: PageSay,
    /** The page's say on a town named with its state or country ("Moscow, Idaho"; see `TownQualifier`). */
    private readonly towns?: {
      judge(nodes: readonly Text[], match: Readonly<TextMatch>): number | null | undefined;
      awaits(node: Text, at: number): boolean;
      takePlacedElsewhere?(): readonly number[];
    },
  ) {}

  private readonly placeScore = (entity: number) => this.places?.score(entity) ?? 0;
  /** A weak name that opens a sentence, where only what is tied to its entity would settle it ("Most analysts"), unless a person's name then speaks ("Magyar told"). */
  private readonly opensSentenceLoosely = (nodes: readonly Text[], match: TextMatch) =>
    match.opensSentence === true && (this.places?.settledByTies?.(match.entity) ?? false) && !(this.places?.isPerson?.(match.entity) === true && speaksAfter(nodes[match.endPart].data, match.endOffset));
  private readonly siteScore = (entity: number) => this.places?.site?.(entity) ?? 0;

  /** Strong mentions per entity: the context a shared alias is resolved by. */
  private readonly strongCounts = new StrongCounts();
  private readonly countStrong = this.strongCounts.of;
  /** All the page says for an entity: its strong mentions, its places, its site (see `StrongCounts`). */
  private readonly evidence = (entity: number) => this.countStrong(entity) + this.placeScore(entity) + this.siteScore(entity);

  /** Whether the match at this point is a qualifier whose town was just judged ("Georgia" after "Athens, "): it is resolved again. */
  awaitsQualifier = (node: Text, at: number): boolean => this.towns?.awaits(node, at) ?? false;

  /** Shared names marked for want of evidence, to be judged again (see `settleLate`). */
  private readonly unheard = new UnheardNames<Mention>();

  /**
   * Judges again each shared name marked before the page said whom it means, with all the
   * page has said since: the headline's "Vucevic" goes to the Nikola Vucevic the story names.
   */
  settleLate(): void {
    for (const [mention, reading] of this.unheard.entries()) {
      const { entity } = chooseEntity(reading.usual, reading.weak, reading.alternatives, this.countStrong, this.placeScore, this.siteScore);
      if (mention.active && entity === mention.entity) continue;
      this.unheard.drop(mention);
      if (!mention.active) continue;
      // The page named that entity strongly: its name here is no short form waiting for it.
      this.unheard.settled(this.remark(mention, entity));
    }
  }

  /** Marks an active mention's span as another entity's, strongly. */
  private remark(mention: Mention, entity: number): Mention {
    this.forget(mention);
    const again: Mention = { ...mention, id: this.nextId++, entity, weak: false, active: true };
    for (const part of again.parts) this.index(part, again);
    this.added.push(again);
    return again;
  }

  /** Records a match; true when it is marked now (a weak one may wait for its entity's full name). */
  add(nodes: readonly Text[], found: TextMatch): boolean {
    const match = found.weak ? ownedMatch(nodes, found, this.places) : found;
    if (match === null) return false;
    const qualified = this.towns?.judge(nodes, match);
    if (qualified === null) return this.forgetPlacedElsewhere();
    const contested = match.alternatives.length > 0 || (match.weak && (this.places?.has(match.entity) ?? false));
    const surname = contested && qualified === undefined && this.places?.isPerson !== undefined ? surnameAgain(nodes, match, (entity) => this.places!.isPerson!(entity), this.countStrong) : -1;
    const judged = qualified !== undefined ? { entity: qualified, weak: false } : surname >= 0 ? { entity: surname, weak: surname !== match.entity || match.weak } : match.titled === true ? { entity: match.entity, weak: false } : contested ? chooseEntity(match.entity, match.weak, match.alternatives, this.countStrong, this.placeScore, this.siteScore, this.opensSentenceLoosely(nodes, match)) : match;
    // A shared name the page's context left unsettled, whose usual body is another country's than the story's, waits for that body's full name.
    const chosen = contested && qualified === undefined && !judged.weak && this.places?.belongsElsewhere?.(judged.entity) === true ? { entity: judged.entity, weak: true } : judged;
    const place = this.places?.isPlace?.(chosen.entity) === true;
    const body = place ? bodyOfPlaceName(match, this.isBody) : undefined;
    // "Miami is 4-7", "a 2-1 win over Leeds": the town's team. Its club's card where the knowledge shares the name with one; a town's is wrong.
    const team = place && readsAsTeamAt(nodes, match);
    if (team && body === undefined && this.places?.isCountry?.(chosen.entity) === false) return false;
    const entity = team && body !== undefined ? body : chosen.entity;
    // A credited agency or platform ("(AFP) —", "a post on X") is marked, unless the page's context chose another.
    const weak = entity === chosen.entity && chosen.weak && !(match.credited === true && entity === match.entity);
    if (this.places?.isPerson !== undefined && (this.places.isPerson(entity) ? inBylineBox(nodes[match.startPart]) || titledAsReporter(nodes[match.endPart], match.endOffset) || notThisPerson(nodes, match, this.places.nameOf?.(entity)) : givenNameHere(nodes, match) || givenNameAgain(match, entity, this.countStrong, this.placeScore))) return false;
    const range = matchRange(nodes, match);
    const parts = match.startPart === match.endPart ? [nodes[match.startPart]] : nodes.slice(match.startPart, match.endPart + 1);
    const mention: Mention = { id: this.forgottenIds.take(range, entity) ?? this.nextId++, entity, weak, active: !weak, range, parts };
    if (body !== undefined && entity !== body && !weak) {
      // Listed beside a club the page marked, the name is the club's ("Bayern Munich (7 wins), Liverpool (6 wins)").
      if (this.byNode.get(parts[0])?.some((m) => m.active && this.isClub(m.entity) && listNeighbours(m, mention))) mention.entity = body;
      else this.placeBodies.set(mention, body);
    }
    for (let i = 0; i < parts.length; i++) this.index(parts[i], mention);
    if (chosen !== judged) this.heldForCountry.add(mention);
    if (!mention.weak) {
      this.added.push(mention);
      this.strongCounts.add(mention, mention.entity, match, this.evidence, qualified !== undefined, this.places?.isPerson?.(entity) === true && isOneWord(nodes, match));
      // A club chosen by its team's words or its list is not judged again by the page's places.
      if (qualified === undefined && mention.entity === chosen.entity) this.unheard.note(mention, match, this.evidence);
      const first = this.firstStrong.get(mention.entity);
      if (!first || (!this.inDocumentOrder && precedes(range, first))) {
        this.firstStrong.set(mention.entity, range);
        this.wakeWaiting(mention.entity, range);
      }
      this.settleListed(mention);
      return true;
    }
    const first = this.firstStrong.get(mention.entity);
    if (first && (this.inDocumentOrder || precedes(first, range) || inHeadline(parts[0]))) return this.activate(mention);
    (this.waiting.get(mention.entity) ?? this.waiting.set(mention.entity, new Set()).get(mention.entity)!).add(mention);
    const bodies = [match.entity, ...match.alternatives].filter(this.isBody);
    if (bodies.length !== 1 || !(this.places?.settledByTies?.(bodies[0]) ?? false)) return false;
    this.listable.set(mention, bodies[0]);
    // "vs. Saints", "beat the Bengals": a team's words settle a club's name as a listed body would.
    if (readsAsTeamAt(nodes, match)) return this.activate(mention);
    return this.byNode.get(parts[0])!.some((m) => m.active && this.isBody(m.entity) && listNeighbours(m, mention)) ? this.activate(mention) : false;
  }

  /** A town the page just put elsewhere ("Moscow, Idaho") is unmarked where an earlier line (a headline) named it alone. */
  private forgetPlacedElsewhere(): false {
    const placed = this.towns?.takePlacedElsewhere?.() ?? [];
    if (placed.length > 0) for (const m of [...this.all()]) if (placed.includes(m.entity)) this.forget(m);
    return false;
  }
  private readonly isBody = (entity: number) => this.places?.isBody?.(entity) ?? false;
  /** A body known by its ties, as clubs are (its league, its players), not the EU or NATO: "the EU, Monaco and Switzerland" is no list of clubs. */
  private readonly isClub = (entity: number) => this.isBody(entity) && (this.places?.settledByTies?.(entity) ?? false);
  /** Waiting weak names of which one body known by its ties is the only body they may name ("Meta"), with that body. */
  private readonly listable = new WeakMap<Mention, number>();

  private activate(mention: Mention): true {
    this.waiting.get(mention.entity)?.delete(mention);
    mention.entity = this.listable.get(mention) ?? mention.entity;
    mention.active = true;
    this.added.push(mention);
    this.settleListed(mention);
    return true;
  }

  /** Place names marked as places that one body shares ("Liverpool"), with that body (see `bodyOfPlaceName`). */
  private readonly placeBodies = new WeakMap<Mention, number>();
  /**
   * A list says what its items are: a weak name listed beside a marked body is a body too
   * ("Alphabet, Amazon, Meta and Oracle"), and a place's name a club shares is the club beside a club ("Liverpool, Arsenal and Chelsea").
   * (`remark` gives the node a new list: the one read here stays as it was.)
   */
  private settleListed(body: Mention): void {
    if (!this.isBody(body.entity) || body.parts.length !== 1) return;
    for (const m of this.byNode.get(body.parts[0]) ?? []) {
      if (!(m.active ? this.placeBodies.has(m) : this.listable.has(m)) || !listNeighbours(m, body)) continue;
      if (!m.active) this.activate(m);
      else if (this.isClub(body.entity)) this.remark(m, this.placeBodies.get(m)!);
    }
  }

  /** Ids of mentions forgotten since the last `takeChanges()` (see `ForgottenIds`). */
  private readonly forgottenIds = new ForgottenIds();
  private index(node: Text, mention: Mention): void {
    const list = this.byNode.get(node);
    if (list) list.push(mention);
    else this.byNode.set(node, [mention]);
  }

  private wakeWaiting(entity: number, first: StaticRange): void {
    const set = this.waiting.get(entity);
    if (!set) return;
    for (const mention of set) {
      if (precedes(first, mention.range) || inHeadline(mention.parts[0]) || this.heldForCountry.has(mention)) {
        mention.active = true;
        this.added.push(mention);
        set.delete(mention);
      }
    }
  }

  /** Forgets every mention in the given text nodes (removed or changed text). */
  forgetNodes(nodes: Iterable<Text>): void {
    for (const mention of mentionsIn(this.byNode, nodes)) this.forget(mention);
  }

  /** Forgets mentions whose text left the document. */
  forgetDisconnected(): void {
    const stale: Text[] = [];
    for (const node of this.byNode.keys()) if (!node.isConnected) stale.push(node);
    if (stale.length > 0) this.forgetNodes(stale);
  }

  private forget(mention: Mention): void {
    for (const node of mention.parts) {
      const list = this.byNode.get(node)?.filter((m) => m !== mention);
      if (list && list.length > 0) this.byNode.set(node, list);
      else this.byNode.delete(node);
    }
    this.waiting.get(mention.entity)?.delete(mention);
    if (!mention.weak) this.strongCounts.remove(mention, mention.entity);
    if (this.firstStrong.get(mention.entity) === mention.range) this.recomputeFirstStrong(mention.entity);
    if (mention.active) this.removed.push(mention);
    mention.active = false;
    this.forgottenIds.note(mention.range, mention.entity, mention.id);
  }

  private recomputeFirstStrong(entity: number): void {
    this.firstStrong.delete(entity);
    for (const m of this.all()) {
      if (m.entity === entity && !m.weak) {
        const first = this.firstStrong.get(entity);
        if (!first || precedes(m.range, first)) this.firstStrong.set(entity, m.range);
      }
    }
  }

  /** Every active mention, deduplicated. */
  *all(): Generator<Mention> {
    yield* activeOnce(this.byNode.values());
  }

  /** Whether a mention (or, `markedOnly`, a marked one) already covers any of `start`–`end` in this text node. */
  overlaps(node: Text, start: number, end: number, markedOnly = false): boolean {
    return coversAny(this.byNode.get(node), node, start, end, markedOnly);
  }

  /**
   * Makes room for a longer name the background's knowledge found later ("Yair Golan" over
   * "Golan", marked first as the Golan Heights): when every mention overlapping
   * `start`–`end` in `node` lies inside it and is shorter, they are forgotten and true is
   * returned; otherwise nothing changes (the first, longer or crossing mention stands). A
   * `shared` name also takes the place of one of exactly its span, to be resolved again with
   * what the page now holds ("Golan" after "Yair Golan" came from the background).
   */
  yieldTo(node: Text, start: number, end: number, shared = false): boolean {
    const inside = givingWay(this.byNode.get(node) ?? [], start, end, shared, this.unheard.stands);
    for (const m of inside ?? []) this.forget(m);
    return inside !== null;
  }

  /** Active mentions at a point in a text node. */
  at(node: Text, offset: number): Mention | undefined {
    return activeAt(this.byNode.get(node), node, offset);
  }

  takeChanges(): { added: Mention[]; removed: Mention[] } {
    // Copies out and empties in place: a fresh `[]` per slice made the optimised `add` bail
    // out at its first push (an empty literal holds small integers until then).
    const changes = { added: this.added.slice(), removed: this.removed.slice() };
    this.added.length = 0;
    this.removed.length = 0;
    this.forgottenIds.clear();
    return changes;
  }

  clear(): void {
    this.byNode.clear();
    this.firstStrong.clear();
    this.waiting.clear();
    this.strongCounts.clear();
    this.unheard.clear();
    this.forgottenIds.clear();
    this.added.length = 0;
    this.removed.length = 0;
  }
}
