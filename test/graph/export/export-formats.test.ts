import { toCsv } from '../../../src/graph/export/to-csv';
import { cypherString, toCypher } from '../../../src/graph/export/to-cypher';
import { toGraphMl } from '../../../src/graph/export/to-graphml';
import { toJsonLd } from '../../../src/graph/export/to-json-ld';
import { HAND_GRAPH } from './hand-graph';

/** RFC 4180 reader, written for the test: quoted fields, doubled quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field), rows.push(row), (row = []), (field = ''), i++;
    } else field += c;
  }
  return rows;
}

/** Well-formedness as far as GraphML needs it: balanced tags, no raw & or < in text or attributes. */
function checkXml(xml: string): { elements: Map<string, number> } {
  const stack: string[] = [];
  const elements = new Map<string, number>();
  const body = xml.replace(/^<\?xml[^?]*\?>/, '');
  const tokens = body.split(/(<[^>]*>)/).filter((t) => t !== '');
  for (const token of tokens) {
    if (token.startsWith('<')) {
      const m = /^<(\/?)([A-Za-z_][\w.-]*)((?:\s+[\w:.-]+="[^"<&]*(?:&(?:amp|lt|gt|quot|apos);[^"<&]*)*")*)\s*(\/?)>$/.exec(token);
      if (!m) throw new Error(`malformed tag ${token}`);
      const [, close, name, , selfClose] = m;
      if (close) {
        if (stack.pop() !== name) throw new Error(`unbalanced </${name}>`);
      } else {
        elements.set(name, (elements.get(name) ?? 0) + 1);
        if (!selfClose) stack.push(name);
      }
    } else if (/[<]|&(?!(amp|lt|gt|quot|apos);)/.test(token)) throw new Error(`raw markup in text ${token}`);
  }
  if (stack.length > 0) throw new Error(`unclosed ${stack.join(', ')}`);
  return { elements };
}

describe('GraphML export', () => {
  it('is well-formed XML with one node per entity and one edge per relation, names escaped', () => {
    const xml = toGraphMl(HAND_GRAPH);
    const { elements } = checkXml(xml);
    expect(elements.get('node')).toBe(4);
    expect(elements.get('edge')).toBe(4);
    expect(xml).toContain('Smith, Jones &amp; &quot;Partners&quot;');
    expect(xml).toContain('talks &lt;in&gt; Cork');
  });
});

describe('CSV export', () => {
  it('has a header row and one row per entity or relation', () => {
    const { nodes, edges } = toCsv(HAND_GRAPH);
    const nodeRows = parseCsv(nodes);
    expect(nodeRows[0]).toEqual(['id', 'label', 'type', 'mentions', 'salience', 'latitude', 'longitude']);
    expect(nodeRows).toHaveLength(5);
    expect(parseCsv(edges)).toHaveLength(5);
  });

  it.each([
    ['a comma and quotes', 'Smith, Jones & "Partners"'],
    ['an apostrophe (no quoting needed)', "Declan O'Neill"],
  ])('gives back a name with %s unchanged after parsing', (_case, name) => {
    const rows = parseCsv(toCsv(HAND_GRAPH).nodes);
    expect(rows.map((r) => r[1])).toContain(name);
    for (const row of rows) expect(row).toHaveLength(7);
  });

  it('leaves plain fields unquoted', () => {
    expect(toCsv(HAND_GRAPH).nodes).toContain('\r\ne3,Cork,Location,');
  });
});

describe('Cypher export', () => {
  it.each([
    ["O'Neill", "'O\\'Neill'"],
    ['back\\slash', "'back\\\\slash'"],
    ['two\nlines', "'two\\nlines'"],
    ['plain', "'plain'"],
  ])('writes %j as the literal %s', (text, literal) => {
    expect(cypherString(text)).toBe(literal);
  });

  it('creates every entity, relation and quote, one statement per line', () => {
    const lines = toCypher(HAND_GRAPH).trim().split('\n');
    expect(lines.filter((l) => /^CREATE \(:(Person|Organization|Location|Event) \{/.test(l))).toHaveLength(4);
    expect(lines.filter((l) => /CREATE \(a\)-\[:\w+ \{confidence: [\d.]+\}\]->\(b\);$/.test(l))).toHaveLength(4);
    expect(lines.filter((l) => l.startsWith('CREATE (:Quote'))).toHaveLength(1);
    for (const line of lines) expect(line.endsWith(';')).toBe(true);
    // No single quote closes a literal early: outside escapes, quotes come in pairs.
    for (const line of lines) expect(line.replace(/\\\\|\\'/g, '').split("'").length % 2).toBe(1);
  });
});

describe('JSON-LD export', () => {
  it('uses schema.org types and properties, linking by @id', () => {
    const doc = JSON.parse(toJsonLd(HAND_GRAPH));
    expect(doc['@context']).toBe('https://schema.org');
    const byType = (type: string) => doc['@graph'].filter((n: any) => n['@type'] === type);
    expect(byType('Person')).toHaveLength(1);
    expect(byType('Organization')).toHaveLength(1);
    expect(byType('Place')[0].geo).toEqual({ '@type': 'GeoCoordinates', latitude: 51.9, longitude: -8.47 });
    const event = byType('Event')[0];
    expect(event.location).toEqual({ '@id': byType('Place')[0]['@id'] });
    expect(event.attendee).toEqual({ '@id': byType('Person')[0]['@id'] });
    const quote = byType('Quotation')[0];
    expect(quote.spokenByCharacter).toEqual({ '@id': byType('Person')[0]['@id'] });
    expect(quote.text).toBe('It\'s a "deal", \\ done');
    const ids = new Set(doc['@graph'].map((n: any) => n['@id']));
    expect(ids.size).toBe(doc['@graph'].length);
  });
});
