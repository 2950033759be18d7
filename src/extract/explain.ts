/**
 * `extract --explain`: a human-readable account of why the extractor decided
 * each fact. For every entity (and each of its mentions), quote, event and
 * relation it prints the rule that produced it, its confidence and its
 * evidence: the text span, quoted, with its offsets and the sentence around it.
 * Pure: text and result in, string out, so the CLI and tests share it.
 */
import type { ExtractedEntity, ExtractionResult, Sentence, Span } from './types';

/** Long spans are cut so a paragraph-long quote does not drown the report. */
const MAX_SPAN_CHARS = 160;
const MAX_SENTENCE_CHARS = 240;

function clip(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function conf(c: number): string {
  return c.toFixed(2);
}

/** `"Kerry" [120,125)`: the span as written in the text, with its offsets. */
function spanText(text: string, span: Span): string {
  return `${JSON.stringify(clip(text.slice(span.start, span.end), MAX_SPAN_CHARS))} [${span.start},${span.end})`;
}

/** The sentence holding an offset (sentences are sorted and disjoint). */
function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | null {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
}

function sentenceLine(text: string, sentence: Sentence | null | undefined, indent: string): string {
  if (!sentence) return `${indent}sentence: (none)`;
  return `${indent}sentence ${sentence.index}: ${JSON.stringify(clip(text.slice(sentence.start, sentence.end), MAX_SENTENCE_CHARS))}`;
}

export function explainExtraction(text: string, result: ExtractionResult): string {
  const byId = new Map(result.entities.map((e) => [e.id, e]));
  const label = (id: string | null | undefined): string => {
    if (id == null) return '(none)';
    const e = byId.get(id);
    return e ? `${e.id} ${JSON.stringify(e.name)}` : `${id} (unknown)`;
  };
  const sentenceOf = (index: number, offset: number): Sentence | null =>
    result.sentences[index]?.index === index ? result.sentences[index] : sentenceAt(result.sentences, offset);

  const out: string[] = [];
  const doc = result.document;
  out.push(`document ${doc.id}${doc.title ? ` ${JSON.stringify(doc.title)}` : ''}`);
  out.push(
    `  published: ${doc.publishedAt ?? '(unknown)'}; dateline place: ${label(doc.datelineLocationId ?? null)}; ` +
      `${result.sentences.length} sentences`,
  );

  const names = result.entities.filter((e) => e.type !== 'Event');
  const events = result.entities.filter((e) => e.type === 'Event');

  out.push('', `ENTITIES (${names.length})`);
  for (const e of names) for (const line of explainEntity(text, e, label, sentenceOf)) out.push(line);

  out.push('', `QUOTES (${result.quotes.length})`);
  for (const q of result.quotes) {
    out.push(`${q.id} ${q.direct ? 'direct' : 'indirect'}  rule=${q.rule}  confidence=${conf(q.confidence)}`);
    out.push(`  evidence: ${spanText(text, q)}`);
    out.push(`  speaker: ${label(q.speakerId)}; addressee: ${label(q.addresseeId)}`);
    if (q.cue) out.push(`  cue: ${spanText(text, q.cue)}`);
    if (q.aboutIds.length) out.push(`  about: ${q.aboutIds.map(label).join(', ')}`);
    out.push(sentenceLine(text, sentenceOf(q.sentence, q.start), '  '));
  }

  out.push('', `EVENTS (${events.length})`);
  for (const e of events) for (const line of explainEntity(text, e, label, sentenceOf)) out.push(line);

  out.push('', `RELATIONS (${result.relations.length})`);
  for (const r of result.relations) {
    out.push(`${r.id} ${r.type}  ${label(r.sourceId)} -> ${label(r.targetId)}  rule=${r.rule}  confidence=${conf(r.confidence)}`);
    out.push(`  evidence: ${spanText(text, r)}`);
    out.push(sentenceLine(text, sentenceAt(result.sentences, r.start), '  '));
  }
  return out.join('\n') + '\n';
}

function explainEntity(
  text: string,
  e: ExtractedEntity,
  label: (id: string | null | undefined) => string,
  sentenceOf: (index: number, offset: number) => Sentence | null,
): string[] {
  const out: string[] = [];
  out.push(
    `${e.id} ${e.type} ${JSON.stringify(e.name)}  rule=${e.rule}  confidence=${conf(e.confidence)}  salience=${conf(e.salience)}`,
  );
  if (e.aliases.length) out.push(`  aliases: ${e.aliases.map((a) => JSON.stringify(a)).join(', ')}`);
  if (e.gender) out.push(`  gender: ${e.gender}`);
  for (const role of e.roles ?? []) {
    out.push(`  role: ${JSON.stringify(role.title)} of ${label(role.ofId)}; evidence: ${spanText(text, role.evidence)}`);
  }
  if (e.location) {
    const l = e.location;
    out.push(
      `  location: ${l.kind}; country ${l.countryCode ?? '(none)'}; gazetteer ${l.gazetteerId ?? '(none)'}; ` +
        `within ${l.withinId ? label(l.withinId) : l.withinName ? JSON.stringify(l.withinName) : "(none)"}`,
    );
  }
  if (e.event) {
    const ev = e.event;
    out.push(`  kind: ${ev.kind}`);
    const who = ev.participants.map((p) => `${label(p.entityId)}${p.role ? ` (${p.role})` : ''}`);
    out.push(`  participants: ${who.length ? who.join(', ') : '(none)'}`);
    out.push(`  places: ${ev.locationIds.length ? ev.locationIds.map(label).join(', ') : '(none)'}`);
    if (ev.time) out.push(`  time: ${spanText(text, ev.time)} -> ${ev.time.date ?? '(unresolved)'}`);
  }
  for (const m of e.mentions) {
    const kind = m.pronoun ? 'pronoun' : 'mention';
    out.push(`  ${kind} ${spanText(text, m)}  rule=${m.rule}  confidence=${conf(m.confidence)}`);
    out.push(sentenceLine(text, sentenceOf(m.sentence, m.start), '    '));
  }
  return out;
}
