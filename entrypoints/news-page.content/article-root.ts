/**
 * Where the article is: the scan stays inside it, so navigation, sidebars and comment
 * sections are left alone. Falls back to the element holding the most paragraph text,
 * then to the whole body.
 */
export function findArticleRoot(doc: Document): Element | null {
  const body = doc.body;
  if (!body) return null;
  const articles = doc.querySelectorAll('article');
  if (articles.length === 1) return articles[0];
  const main = doc.querySelector('main, [role="main"]');
  if (articles.length > 1) {
    // A live blog or list of entries: the element that holds them all.
    return main && main.contains(articles[0]) ? main : commonAncestor([...articles]) ?? body;
  }
  if (main) return main;
  const itemBody = doc.querySelector('[itemprop="articleBody"]');
  if (itemBody) return itemBody.parentElement ?? itemBody;
  return largestTextBlock(body) ?? body;
}

function commonAncestor(elements: Element[]): Element | null {
  let ancestor: Element | null = elements[0];
  while (ancestor && !elements.every((el) => ancestor!.contains(el))) ancestor = ancestor.parentElement;
  return ancestor;
}

/** The parent of the most paragraph text, when it holds most of the page's paragraphs. */
function largestTextBlock(body: HTMLElement): Element | null {
  const totals = new Map<Element, number>();
  for (const p of body.querySelectorAll('p')) {
    const parent = p.parentElement;
    if (parent) totals.set(parent, (totals.get(parent) ?? 0) + (p.textContent?.length ?? 0));
  }
  let best: Element | null = null;
  let bestLength = 0;
  for (const [el, length] of totals) {
    if (length > bestLength) [best, bestLength] = [el, length];
  }
  const allText = body.textContent?.length ?? 0;
  return best && bestLength > 0.3 * allText ? best : null;
}
