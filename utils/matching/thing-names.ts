/**
 * A place's name before these lower-case words names a thing, not the place: a food, a
 * breed, a garment ("Brussels sprouts" in a study of diets, "Wellington boots", "Lima beans",
 * "Buffalo wings", "Kobe beef"). Health, food and shopping pages write them often; the run
 * rule, which reads capitals, cannot see them. Keyed by the place's name in lower case.
 */
const THINGS: Readonly<Record<string, readonly string[]>> = {
  brussels: ['sprout', 'sprouts'],
  dijon: ['mustard'],
  parma: ['ham'],
  cheddar: ['cheese'],
  worcester: ['sauce'],
  worcestershire: ['sauce'],
  tabasco: ['sauce'],
  bakewell: ['tart', 'tarts', 'pudding'],
  dover: ['sole'],
  jersey: ['cow', 'cows'],
  guernsey: ['cow', 'cows'],
  shetland: ['pony', 'ponies'],
  panama: ['hat', 'hats'],
  bermuda: ['shorts'],
  chelsea: ['boot', 'boots', 'bun', 'buns'],
  oxford: ['shoe', 'shoes', 'comma'],
  wellington: ['boot', 'boots'],
  cayenne: ['pepper'],
  lima: ['bean', 'beans'],
  brazil: ['nut', 'nuts'],
  labrador: ['retriever', 'retrievers'],
  yorkshire: ['pudding', 'puddings', 'terrier', 'terriers'],
  boston: ['terrier', 'terriers'],
  victoria: ['sponge'],
  eton: ['mess'],
  madras: ['curry'],
  buffalo: ['wing', 'wings'],
  denver: ['omelet', 'omelette'],
  vienna: ['sausage', 'sausages'],
  valencia: ['orange', 'oranges'],
  seville: ['orange', 'oranges'],
  jaffa: ['cake', 'cakes'],
  kobe: ['beef'],
  turkey: ['sandwich', 'sandwiches', 'breast', 'burger', 'burgers'],
  swiss: ['chard', 'roll'],
};

const NEXT_WORD = /^[ \u00a0](\p{Ll}+)(?![\p{L}\p{N}])/u;

/** Whether the one-word name at [start, end) of `text` and the word after it name a thing (see `THINGS`). */
export function namesAThing(text: string, start: number, end: number): boolean {
  const things = THINGS[text.slice(start, end).toLowerCase()];
  if (things === undefined) return false;
  const next = NEXT_WORD.exec(text.slice(end, end + 16));
  return next !== null && things.includes(next[1]);
}
