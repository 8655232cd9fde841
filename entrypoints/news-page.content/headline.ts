/**
 * Whether a text node is in the story's headline: the page's one `h1`. A headline names its
 * story's people the way the story will, by surname ("Le Pen opens appeal", "Sarwar accuses
 * Swinney"), before the story gives the full name: a weak name there counts once the page names
 * its person in full anywhere, where elsewhere it needs the full name before it (see
 * `MentionStore`). Not a front page's many headlines, nor a page of several `h1`s: there the
 * "Rockets" of a story on Gaza is not the club another story names in full.
 */
export function inHeadline(node: Text): boolean {
  const heading = node.parentElement?.closest('h1');
  return heading != null && heading.ownerDocument.getElementsByTagName('h1').length === 1;
}
