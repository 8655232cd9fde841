// The least any content script can do on a cold page with the bundled dictionary, as a floor
// for "first load" figures: take the aliases in (one JSON.parse, a Map by first word), walk
// the text nodes, find words with one native regex, look each up, mark hits with one
// Highlight. None of the engine's rules (case, diacritics, boundaries, weak aliases, split
// names, skipped elements), so it finds wrong names too; it is only the cost of the bare steps.

/** The reference as an inline script for a fresh page; it leaves its timings in `window.__coldReference`. */
export function coldReferenceScript(aliases) {
  const pairs = JSON.stringify(aliases.map(([text, entity]) => [text, entity]));
  return `(() => {
  const evaluatedAt = performance.now();
  const aliases = JSON.parse(${JSON.stringify(pairs)});
  const byFirstWord = new Map();
  for (let i = 0; i < aliases.length; i++) {
    const text = aliases[i][0];
    const space = text.indexOf(' ');
    const first = space < 0 ? text : text.slice(0, space);
    const bucket = byFirstWord.get(first);
    if (bucket) bucket.push(text);
    else byFirstWord.set(first, [text]);
  }
  const indexedAt = performance.now();
  const highlight = new Highlight();
  CSS.highlights.set('cold-reference', highlight);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const word = /[^\\s.,;:!?()"\\u201c\\u201d]+/g;
  let marks = 0;
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const text = node.data;
    word.lastIndex = 0;
    for (let m; (m = word.exec(text)); ) {
      const bucket = byFirstWord.get(m[0]);
      if (!bucket) continue;
      for (let k = 0; k < bucket.length; k++) {
        if (!text.startsWith(bucket[k], m.index)) continue;
        const end = m.index + bucket[k].length;
        highlight.add(new StaticRange({ startContainer: node, startOffset: m.index, endContainer: node, endOffset: end }));
        marks++;
        word.lastIndex = end;
        break;
      }
    }
  }
  const doneAt = performance.now();
  window.__coldReference = { startupMs: evaluatedAt - window.__startedAt, indexMs: indexedAt - evaluatedAt, scanMs: doneAt - indexedAt, totalMs: doneAt - window.__startedAt, marks };
})();`;
}
