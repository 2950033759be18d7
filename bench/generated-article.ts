/**
 * Distinct, made-up news articles for the load benchmark's ingest stream:
 * article n names two people no other article names (their family names
 * spell n in syllables), so every ingest creates a document and new entities
 * instead of being skipped as a repeat, and the extractor has titles,
 * a meeting, a place, a date and attributed quotes to work on.
 */
const GIVEN_NAMES = ['Alma', 'Bruno', 'Carla', 'Dario', 'Edith', 'Felix', 'Greta', 'Hanno', 'Irma', 'Jonas'];
const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'te', 'vo', 'di', 'ber'];
const TITLES = ['Foreign Minister', 'Prime Minister', 'President', 'Finance Minister', 'Defence Minister'];
const CITIES = ['Geneva', 'Vienna', 'Lisbon', 'Oslo', 'Nairobi', 'Lima', 'Hanoi', 'Ottawa'];
const TOPICS = ['trade', 'energy cooperation', 'a ceasefire', 'fishing rights', 'a border dispute', 'climate finance'];

/** "Kalomi"-style family name, unique per n: one syllable per decimal digit, after a fixed prefix. */
function familyName(n: number): string {
  const digits = String(n).split('').map((d) => SYLLABLES[Number(d)]);
  const name = `tor${digits.join('')}`;
  return name[0].toUpperCase() + name.slice(1);
}

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length];

export interface GeneratedArticle {
  text: string;
  publishedAt: string;
  source: string;
}

export function generatedArticle(n: number): GeneratedArticle {
  const [a, b] = [familyName(2 * n), familyName(2 * n + 1)];
  const [givenA, givenB] = [pick(GIVEN_NAMES, n), pick(GIVEN_NAMES, n + 3)];
  const [titleA, titleB] = [pick(TITLES, n), pick(TITLES, n + 2)];
  const [city, nextCity] = [pick(CITIES, n), pick(CITIES, n + 1)];
  const topic = pick(TOPICS, n);
  const day = String(1 + (n % 28)).padStart(2, '0');
  const text = [
    `${givenA} ${a} and ${givenB} ${b} hold talks in ${city}`,
    '',
    `${titleA} ${givenA} ${a} met ${titleB} ${givenB} ${b} in ${city} on Tuesday to discuss ${topic} in round ${n} of their talks.`,
    `"We have made real progress, and we will keep working until there is an agreement," ${a} said after the meeting.`,
    `"The talks were difficult but useful," ${b} told reporters, adding that a second round would take place in ${nextCity} next month.`,
    `${a} later visited the parliament in ${city}, where ${a} met opposition leaders.`,
  ].join('\n');
  return { text, publishedAt: `2024-03-${day}`, source: 'bench:load' };
}
