/**
 * A folder of made-up, varied news articles for bulk-ingest tests and the
 * ingest-throughput benchmark. Deterministic: article n is always the same text.
 * People recur across articles (a cast of 40, two or three per article, plus one
 * person only article n names), so ingests merge entities across documents
 * rather than only adding new ones, and a rerun that duplicated anything would
 * show in the entity count.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const GIVEN_NAMES = ['Alma', 'Bruno', 'Carla', 'Dario', 'Edith', 'Felix', 'Greta', 'Hanno', 'Irma', 'Jonas', 'Kira', 'Leon'];
const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'te', 'vo', 'di', 'ber'];
const TITLES = ['Foreign Minister', 'Prime Minister', 'President', 'Finance Minister', 'Defence Minister', 'Trade Minister'];
const CITIES = ['Geneva', 'Vienna', 'Lisbon', 'Oslo', 'Nairobi', 'Lima', 'Hanoi', 'Ottawa', 'Madrid', 'Dublin'];
const TOPICS = ['trade', 'energy cooperation', 'a ceasefire', 'fishing rights', 'a border dispute', 'climate finance', 'rail links'];
const ORGS = ['Central Bank', 'Fishing Council', 'Energy Agency', 'Port Authority', 'Farmers Union', 'Rail Company'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const CAST_SIZE = 40;

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length];

/** "Torkalo"-style family name, unique per n: one syllable per decimal digit after a prefix. */
function familyName(prefix: string, n: number): string {
  const name = prefix + String(n).split('').map((d) => SYLLABLES[Number(d)]).join('');
  return name[0].toUpperCase() + name.slice(1);
}

/** Member k of the recurring cast: the same full name and title in every article. */
function castMember(k: number): { given: string; family: string; title: string } {
  return { given: pick(GIVEN_NAMES, k), family: familyName('tor', k), title: pick(TITLES, k) };
}

export function generatedArticleText(n: number): string {
  const a = castMember(n % CAST_SIZE);
  const b = castMember((n * 7 + 3) % CAST_SIZE === n % CAST_SIZE ? (n + 1) % CAST_SIZE : (n * 7 + 3) % CAST_SIZE);
  const newcomer = { given: pick(GIVEN_NAMES, n + 5), family: familyName('vel', n) };
  const [city, nextCity] = [pick(CITIES, n), pick(CITIES, n + 3)];
  const org = `${pick(CITIES, n + 1)} ${pick(ORGS, n)}`;
  const topic = pick(TOPICS, n);
  const day = pick(WEEKDAYS, n);
  return [
    `${a.family} and ${b.family} hold talks on ${topic} in ${city}`,
    '',
    `${a.title} ${a.given} ${a.family} met ${b.title} ${b.given} ${b.family} in ${city} on ${day} to discuss ${topic}, in round ${n} of their talks.`,
    `"We have made real progress, and we will keep working until there is an agreement," ${a.family} said after the meeting.`,
    `"The talks were difficult but useful," ${b.family} told reporters, adding that a second round would take place in ${nextCity} next month.`,
    `${newcomer.given} ${newcomer.family}, an economist at the ${org}, said the outcome would matter for ${topic}.`,
    `"Nobody expects a deal before the summer," ${newcomer.family} said.`,
    `${a.family} later visited the parliament in ${city}, where ${a.family} met opposition leaders for ${n % 5 + 1} hours.`,
    '',
  ].join('\n');
}

/** Writes articles 0..count-1 as article-00000.txt... into `dir` (created) and returns their paths in order. */
export function writeArticleFolder(dir: string, count: number): string[] {
  mkdirSync(dir, { recursive: true });
  const paths: string[] = [];
  for (let n = 0; n < count; n++) {
    const path = join(dir, `article-${String(n).padStart(5, '0')}.txt`);
    writeFileSync(path, generatedArticleText(n));
    paths.push(path);
  }
  return paths;
}
