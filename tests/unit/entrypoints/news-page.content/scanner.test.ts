// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanHtml } from './scan-dom';

const PEOPLE = {
  'Viktor Orbán': ['Viktor Orban', '~Orbán', '~Orban'],
  'António Costa': ['Antonio Costa', '~Costa'],
  'Costa Rica': [],
  'Robert Fico': ['~Fico'],
  'Volodymyr Zelensky': ['~Zelensky'],
  'Donald Trump': ['~Trump'],
  'Friedrich Merz': ['~Merz'],
  'Theresa May': ['~May'],
  Kyiv: ['Kiev'],
  'Kyiv Post': [],
  Brussels: [],
  Budapest: [],
  'European Union': ['EU'],
};

describe('page scope', () => {
  it('reads only the article when there is one', () => {
    const found = scanHtml(
      `<nav>Kyiv Post · Brussels</nav><article><h1>EU summit</h1><p>Viktor Orbán wrote.</p></article><aside>Antonio Costa</aside>`,
      PEOPLE,
    );
    expect(found).toEqual(['European Union=EU', 'Viktor Orbán=Viktor Orbán']);
  });

  it('reads the whole body when no article can be found', () => {
    expect(scanHtml(`<div>Brussels</div><div>Antonio Costa</div>`, PEOPLE)).toEqual(['Brussels=Brussels', 'António Costa=Antonio Costa']);
  });

  it('never reads scripts, styles, form fields, editable areas, code, hidden text or ads', () => {
    const found = scanHtml(
      `<article>
        <p>Brussels</p>
        <script>var x = "Viktor Orban";</script><style>/* Kyiv */</style><noscript>Kyiv</noscript>
        <textarea>Viktor Orban</textarea><input value="Viktor Orban"><select><option>Kyiv</option></select>
        <div contenteditable="true">Viktor Orban</div><div contenteditable>Kyiv</div>
        <code>Kyiv</code><pre>Kyiv</pre><svg><text>Kyiv</text></svg>
        <div hidden>Kyiv</div><div aria-hidden="true">Kyiv</div>
        <div class="ad">Costa Rica</div><div aria-label="Advertisement">Budapest</div><div id="ad-slot-2">Budapest</div>
        <div data-news-context-ui>Kyiv</div>
        <p>Antonio Costa</p>
      </article>`,
      PEOPLE,
    );
    expect(found).toEqual(['Brussels=Brussels', 'António Costa=Antonio Costa']);
  });

  it('counts headlines, captions, pull quotes and live-blog entries', () => {
    const found = scanHtml(
      `<main><article><h1>Kyiv under fire</h1><figure><img alt=""><figcaption>Brussels, Monday</figcaption></figure>
       <blockquote class="pull-quote">Antonio Costa</blockquote></article>
       <article class="live-entry"><time>10:02</time><p>Robert Fico spoke.</p></article></main>`,
      PEOPLE,
    );
    expect(found).toEqual(['Kyiv=Kyiv', 'Brussels=Brussels', 'António Costa=Antonio Costa', 'Robert Fico=Robert Fico']);
  });

  it('reads a page’s own open shadow roots', () => {
    const found = scanHtml(`<article><p>Brussels</p><div id="host"></div></article>`, PEOPLE, (doc) => {
      const shadow = doc.getElementById('host')!.attachShadow({ mode: 'open' });
      shadow.append(doc.createElement('p'));
      shadow.firstChild!.textContent = 'Robert Fico in a shadow root';
    });
    // Shadow trees have no document order with the light tree, so only the set matters.
    expect(found.sort()).toEqual(['Brussels=Brussels', 'Robert Fico=Robert Fico']);
  });
});

describe('names split across inline elements', () => {
  it('finds them whole', () => {
    const found = scanHtml(`<article><p>Hungarian Prime Minister <b>Viktor</b> Orbán and <a href="#">Antonio</a> Costa.</p></article>`, PEOPLE);
    expect(found).toEqual(['Viktor Orbán=Viktor Orbán', 'António Costa=Antonio Costa']);
  });

  it('never joins text across blocks', () => {
    expect(scanHtml(`<article><h2>Viktor</h2><p>Orbán spoke.</p></article>`, PEOPLE)).toEqual([]);
    expect(scanHtml(`<article><p>Viktor<br>Orbán</p></article>`, PEOPLE)).toEqual([]);
  });
});

describe('weak aliases on a page', () => {
  it('count only after a strong mention earlier on the page', () => {
    const found = scanHtml(`<article><p>Costa said.</p><p>António Costa wrote.</p><p>Costa added.</p></article>`, PEOPLE);
    expect(found).toEqual(['António Costa=António Costa', 'António Costa=Costa']);
  });

  it('are nothing on a page without the full name', () => {
    expect(scanHtml(`<article><p>A Costa coffee shop opened. A month called May. Merz lost.</p></article>`, PEOPLE)).toEqual([]);
  });

  it('never turn Costa Rica into Costa', () => {
    expect(scanHtml(`<article><p>António Costa flew to Costa Rica.</p></article>`, PEOPLE)).toEqual([
      'António Costa=António Costa',
      'Costa Rica=Costa Rica',
    ]);
  });
});

describe('the seed article', () => {
  it('marks what a reader expects, and nothing in comments, ads or scripts', () => {
    const html = readFileSync(resolve(import.meta.dirname, '../../../fixtures/kyivpost-orban-eu-talks.html'), 'utf8');
    const found = scanHtml(html, PEOPLE);
    expect(found).toContain('Viktor Orbán=Viktor Orban');
    expect(found).toContain('António Costa=Antonio Costa');
    expect(found).toContain('Robert Fico=Robert Fico');
    expect(found).toContain('Robert Fico=Fico');
    expect(found).toContain('Volodymyr Zelensky=Zelensky');
    expect(found.filter((f) => f === 'Viktor Orbán=Orban').length).toBeGreaterThanOrEqual(5);
    expect(found).not.toContain('Costa Rica=Costa Rica');
    expect(found).not.toContain('Budapest=Budapest');
    // The headline's "Orban" comes before the full name; it is his, as the story names him in full.
    expect(found[0]).toBe('Viktor Orbán=Orban');
  });
});
