/** A valid one-entity pack to break in different ways. */
export function goodPack() {
  return {
    version: '1',
    asOf: '2025-06-30',
    entities: [
      {
        id: 'jane-example',
        type: 'person',
        name: 'Jane Example',
        aliases: ['J. Example', { text: 'Example', weak: true }],
        description: 'A person who exists only in tests.',
        facts: [{ label: 'Office', value: 'Mayor of Testville', from: '2020-01-01', to: '2024-12-31' }],
        sources: [{ title: 'Example', url: 'https://example.org/jane' }],
        asOf: '2025-06-30',
        related: ['hungary'],
      },
    ],
  };
}

type Pack = ReturnType<typeof goodPack>;
const edit = (change: (p: Pack & Record<string, unknown>) => void) => {
  const p = goodPack() as Pack & Record<string, unknown>;
  change(p);
  return JSON.stringify(p);
};
const entity = (p: Pack) => p.entities[0] as Record<string, unknown> & Pack['entities'][number];

/** Bad packs: [why, JSON text, path of the expected error, words of the expected message]. */
export const BAD_PACKS: [string, string, string, RegExp][] = [
  ['malformed JSON', '{"version": "1", "entities": [', '', /not valid JSON/],
  ['not an object', '[1, 2, 3]', '', /must be an object, not array/],
  ['missing entities', '{"version":"1","asOf":"2025-01-01"}', 'entities', /is required/],
  ['entities not a list', edit((p) => ((p as Record<string, unknown>).entities = {})), 'entities', /must be an array/],
  ['unknown top-level field', edit((p) => (p.extra = 1)), 'extra', /not a known field/],
  ['wrong type for name', edit((p) => (entity(p).name = 42 as never)), 'entities[0].name', /must be a string, not number/],
  ['unknown entity type', edit((p) => (entity(p).type = 'planet')), 'entities[0].type', /must be one of/],
  ['bad id', edit((p) => (entity(p).id = 'Jane Example!')), 'entities[0].id', /slug/],
  ['duplicate id', edit((p) => p.entities.push({ ...p.entities[0], name: 'Other', aliases: [] })), 'entities[1].id', /already used by entities\[0\]/],
  ['http source', edit((p) => (entity(p).sources[0].url = 'http://example.org')), 'entities[0].sources[0].url', /https/],
  ['javascript: source', edit((p) => (entity(p).sources[0].url = 'javascript:alert(1)')), 'entities[0].sources[0].url', /https/],
  ['no sources', edit((p) => (entity(p).sources = [])), 'entities[0].sources', /at least 1 item/],
  ['HTML in the name', edit((p) => (entity(p).name = '<img src=x onerror=alert(1)>')), 'entities[0].name', /HTML/],
  ['script in the description', edit((p) => (entity(p).description = 'Hi <script>alert(1)</script>')), 'entities[0].description', /HTML/],
  ['HTML in a fact', edit((p) => (entity(p).facts[0].value = '<b>Mayor</b>')), 'entities[0].facts[0].value', /HTML/],
  ['HTML in an alias', edit((p) => (entity(p).aliases[0] = '<i>J</i>')), 'entities[0].aliases[0]', /HTML/],
  ['description too long', edit((p) => (entity(p).description = 'x'.repeat(201))), 'entities[0].description', /at most 200/],
  ['impossible date', edit((p) => (entity(p).facts[0].from = '2024-02-30')), 'entities[0].facts[0].from', /not a real date/],
  ['badly written date', edit((p) => (entity(p).asOf = '30/06/2025')), 'entities[0].asOf', /YYYY/],
  ['from after to', edit((p) => (entity(p).facts[0].from = '2025-01-01')), 'entities[0].facts[0]', /after to/],
  ['related id that does not exist', edit((p) => (entity(p).related = ['nobody-at-all'])), 'entities[0].related[0]', /not the id of any entity/],
  ['strong alias shared by two entities', edit((p) => p.entities.push({ ...p.entities[0], id: 'jane-2', aliases: ['J. Example'] })), 'entities[1].aliases', /also an alias/],
  ['weak flag not boolean', edit((p) => (entity(p).aliases[1] = { text: 'Example', weak: 'yes' } as never)), 'entities[0].aliases[1].weak', /boolean/],
  ['too many entities', JSON.stringify({ version: '1', asOf: '2025-01-01', entities: new Array(50_001).fill(0) }), 'entities', /at most 50000/],
  ['over 5 MB', JSON.stringify({ version: '1', asOf: '2025-01-01', entities: [], pad: 'x'.repeat(5 * 1024 * 1024) }), '', /at most 5 MB/],
];
