/**
 * Knowledge graphs written by hand (invented names, our own sentences), so
 * that API tests do not depend on how good the extractor is today. They are
 * ingested through the real store (Store.ingestDocument).
 */
import type { Store } from '../../src/store/store';
import { article } from '../store/extraction-fixture';

export const TALKS_TEXT =
  'Minister Anna Berg met Carl Holm in Varnholm on Monday. ' +
  '"We will keep talking," Berg told Holm. ' +
  'The Tessaly Council hosted the talks.';

/** One article: two people who met, a quote from one to the other, an event with a host and a place. */
export async function ingestTalks(store: Store): Promise<void> {
  const doc = article(TALKS_TEXT, { title: 'Berg and Holm meet', publishedAt: '2031-03-04' })
    .organization('o1', 'Tessaly Council')
    .location('l1', 'Varnholm', { kind: 'CITY', countryCode: 'XT', gazetteerId: 'city:XT:varnholm' })
    .person('p1', 'Anna Berg', { aliases: ['Berg'], roles: [{ title: 'Minister', of: 'o1' }] })
    .person('p2', 'Carl Holm', { aliases: ['Holm'] })
    .event('ev1', 'talks', {
      kind: 'MEETING',
      participants: [
        ['p1', null],
        ['p2', null],
        ['o1', 'host'],
      ],
      locations: ['l1'],
      time: { text: 'on Monday', date: '2031-03-03' },
    })
    .quote('q1', 'We will keep talking,', { speaker: 'p1', addressee: 'p2' })
    .relation('MET', 'p1', 'p2', { evidence: 'Anna Berg met Carl Holm' })
    .relation('PARTICIPATED_IN', 'p1', 'ev1')
    .relation('OCCURRED_IN', 'ev1', 'l1', { evidence: 'in Varnholm' })
    .build();
  await store.ingestDocument({ text: TALKS_TEXT, title: 'Berg and Holm meet', publishedAt: '2031-03-04' }, doc);
}

const GIVEN = ['Oda', 'Pim', 'Rafe', 'Sune', 'Tilde', 'Ulla', 'Vero', 'Wim', 'Xena', 'Yrsa', 'Zeno', 'Ines'];
const FAMILY = ['Marsk', 'Quill', 'Brandt', 'Lofer', 'Nyquist', 'Ostrow', 'Pell', 'Rusk', 'Sorel', 'Tamm', 'Vance', 'Wessel'];

/**
 * `articles` articles, each with three people who each say two things, and a
 * summit with those people and an organization as participants: many more
 * people, quotes, events and participants than ingestTalks.
 */
export async function ingestSummits(store: Store, articles: number): Promise<void> {
  for (let a = 0; a < articles; a++) {
    const people = [0, 1, 2].map((i) => `${GIVEN[(a * 3 + i) % GIVEN.length]} ${FAMILY[(a * 3 + i) % FAMILY.length]}${a}`);
    const org = `Harbour League${a}`;
    const sentences = people.map((name, i) => `"Point ${i} of day ${a} matters," said ${name}. "We agree on part ${i}," ${name} added.`);
    const text = `${people.join(' and ')} attended the summit of the ${org}. ${sentences.join(' ')}`;
    let doc = article(text, { title: `Summit ${a}` }).organization('o1', org);
    people.forEach((name, i) => {
      doc = doc.person(`p${i}`, name);
    });
    doc = doc.event('ev1', 'summit', {
      kind: 'MEETING',
      participants: [...people.map((_, i): [string, string | null] => [`p${i}`, null]), ['o1', 'host']],
    });
    people.forEach((name, i) => {
      doc = doc
        .quote(`q${i}a`, `Point ${i} of day ${a} matters,`, { speaker: `p${i}` })
        .quote(`q${i}b`, `We agree on part ${i},`, { speaker: `p${i}` })
        .relation('PARTICIPATED_IN', `p${i}`, 'ev1');
    });
    await store.ingestDocument({ text, title: `Summit ${a}` }, doc.build());
  }
}
