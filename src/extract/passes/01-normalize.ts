/**
 * Pass 1: a same-length view of the text. Offsets never move: `text` has
 * exactly the length of `original`, and every later pass reports spans into
 * both. Noise is blanked with spaces character for character:
 *   - separator lines of page furniture ("block") become blank lines;
 *   - control characters become spaces.
 * It also reads the article's furniture: the headline (first line followed by
 * a blank line), a publication date paragraph ("Thursday, September 17, 2015")
 * and a dateline glued to the first words ("Reuters, Moscow :Russian ...").
 */
import { lookupPlace } from '../gazetteer/places';
import { MONTH_NUMBER } from '../lexicon/calendar-words';
import type { Span } from '../types';

export interface NormalizedText {
  /** The input, untouched: every offset points into it. */
  original: string;
  /** Same length as `original`; noise blanked or repaired character for character. */
  text: string;
  /** The headline, when the article starts with one. */
  title: string | null;
  publishedAt: string | null;
  /** Where the headline stands, when there is one. */
  titleSpan?: Span | null;
  /** Paragraph spans (blank lines separate paragraphs), trimmed of surrounding whitespace. */
  paragraphs?: Span[];
  /** The whole dateline prefix ("Reuters, Moscow :"), separator included. */
  datelineSpan?: Span | null;
  /** The place named in the dateline ("Moscow"). */
  datelinePlaceSpan?: Span | null;
  datelinePlace?: string | null;
  /** The paragraph that only states the publication date. */
  dateSpan?: Span | null;
}

/** Lines that are layout residue of the source page, not text. */
const SEPARATOR_LINE = /^[ \t]*(?:block|-{3,}|\*{3,}|_{3,}|={3,})[ \t]*$/gim;

const DATE_PARAGRAPH =
  /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?([A-Z][a-z]{2,8})\.?\s+(\d{1,2}),?\s+(\d{4})$|^(\d{4})-(\d{2})-(\d{2})$|^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(\d{1,2})\s+([A-Z][a-z]{2,8})\.?,?\s+(\d{4})$/;

/** A weekday-led date opening a paragraph, followed by more text. */
const DATE_PREFIX = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}(?=\s+\S)/;

/**
 * A dateline: up to four short capitalised segments separated by commas (after
 * the first, a segment may be the filing date: "PARIS, May 4 (Agency) -"), an
 * optional "(Agency)", then ":" or a dash. Every repetition is bounded and the
 * head is cut at 160 characters, so the regex cannot backtrack badly.
 */
const DATELINE =
  /^((?:[A-Z\u00C0-\u024F][\p{L}.'’&-]*(?: [A-Z\u00C0-\u024F][\p{L}.'’&-]*){0,4})(?:, (?:[A-Z\u00C0-\u024F][\p{L}.'’&-]*(?: [A-Z\u00C0-\u024F][\p{L}.'’&-]*){0,4}|[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)){0,3})(?: \([A-Z][\p{L}. ]{0,30}\))? ?(?::|--?|—|–)(?= ?["“‘'\p{Lu}])/u;

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function isoDate(year: number, month: number, day: number): string | null {
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31 && year >= 1800 && year <= 2200)) return null;
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** "Tuesday, September 22, 2015" -> "2015-09-22"; null when it is no date. */
export function parseDateParagraph(line: string): string | null {
  const m = DATE_PARAGRAPH.exec(line.trim());
  if (!m) return null;
  if (m[1]) return isoDate(Number(m[3]), MONTH_NUMBER[m[1].toLowerCase()] ?? 0, Number(m[2]));
  if (m[4]) return isoDate(Number(m[4]), Number(m[5]), Number(m[6]));
  return isoDate(Number(m[9]), MONTH_NUMBER[(m[8] ?? '').toLowerCase()] ?? 0, Number(m[7]));
}

/** Paragraph spans of a text: runs of lines separated by whitespace-only lines. */
export function findParagraphs(text: string): Span[] {
  const spans: Span[] = [];
  const blank = /\n[ \t\r\f\v]*\n/g;
  let from = 0;
  const push = (a: number, b: number): void => {
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    if (b > a) spans.push({ start: a, end: b });
  };
  for (let m = blank.exec(text); m; m = blank.exec(text)) {
    push(from, m.index);
    from = m.index + m[0].length;
    // Overlapping blank lines ("\n\n\n") are caught by the next exec from here.
    blank.lastIndex = from - 1;
  }
  push(from, text.length);
  return spans;
}

interface Dateline {
  span: Span;
  placeSpan: Span | null;
  place: string | null;
}

/** The dateline at the start of a paragraph, with its (most specific) place. */
function findDateline(text: string, para: Span): Dateline | null {
  const head = text.slice(para.start, Math.min(para.end, para.start + 160));
  const m = DATELINE.exec(head);
  if (!m) return null;
  const segments = m[1].split(', ');
  // A lone segment before a colon is a label ("Update:"), not a dateline, unless it is a place.
  let offset = para.start;
  let placeSpan: Span | null = null;
  let place: string | null = null;
  for (const seg of segments) {
    const hit = lookupPlace(seg);
    if (hit && !placeSpan) {
      placeSpan = { start: offset, end: offset + seg.length };
      place = seg;
    }
    offset += seg.length + 2;
  }
  if (!placeSpan) {
    // "MIXCO (Agency) -": a place the gazetteer lacks, in capitals before a wire agency.
    const first = segments[0];
    if (!m[0].includes('(') || !/^\p{Lu}[\p{Lu} .'’-]{2,}$/u.test(first)) return null;
    placeSpan = { start: para.start, end: para.start + first.length };
    place = first;
  }
  return { span: { start: para.start, end: para.start + m[0].length }, placeSpan, place };
}

export function normalize(original: string): NormalizedText {
  const input = typeof original === 'string' ? original : '';
  // Same-length replacements only: each regex callback returns as many characters as it matched.
  let text = input.replace(SEPARATOR_LINE, (s) => ' '.repeat(s.length));
  text = text.replace(/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g, ' ');
  const paragraphs = findParagraphs(text);

  let title: string | null = null;
  let titleSpan: Span | null = null;
  let bodyFrom = 0;
  const first = paragraphs[0];
  if (first && paragraphs.length > 1 && !text.slice(first.start, first.end).includes('\n') && first.end - first.start <= 300) {
    title = text.slice(first.start, first.end);
    titleSpan = first;
    bodyFrom = 1;
  }

  let publishedAt: string | null = null;
  let dateSpan: Span | null = null;
  let datelineSpan: Span | null = null;
  let datelinePlaceSpan: Span | null = null;
  let datelinePlace: string | null = null;
  // The furniture sits in the first few paragraphs (captions may come before the dateline).
  for (let i = bodyFrom; i < Math.min(paragraphs.length, bodyFrom + 5); i++) {
    const para = paragraphs[i];
    const body = text.slice(para.start, para.end);
    if (!publishedAt && body.length <= 60) {
      const date = parseDateParagraph(body);
      if (date) {
        publishedAt = date;
        dateSpan = para;
        continue;
      }
    }
    if (!publishedAt) {
      // "Thursday, May 7, 2015 On Tuesday, the government...": the date line lost its line break.
      const m = DATE_PREFIX.exec(body);
      const date = m ? parseDateParagraph(m[0]) : null;
      if (m && date) {
        publishedAt = date;
        dateSpan = { start: para.start, end: para.start + m[0].length };
        continue;
      }
    }
    if (!datelineSpan) {
      const found = findDateline(text, para);
      if (found) {
        datelineSpan = found.span;
        datelinePlaceSpan = found.placeSpan;
        datelinePlace = found.place;
      }
    }
  }
  return {
    original: input,
    text,
    title,
    publishedAt,
    titleSpan,
    paragraphs,
    datelineSpan,
    datelinePlaceSpan,
    datelinePlace,
    dateSpan,
  };
}
