/**
 * Word-level reading of a reporting clause: where the speech verbs are and
 * which words are nouns rather than verbs ("his comments" is a noun).
 */
import { SPEECH_VERB_FORMS } from '../lexicon/speech-verbs';

export interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
}

const SPEECH_VERBS = new Set(SPEECH_VERB_FORMS);
/** Words after which a speech-verb form is a noun: "the report", "his comments". */
const DETERMINERS = new Set([
  'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those',
  'no', 'any', 'some', 'every', 'each', 'first', 'last', 'new', 'latest', 'final', 'own', 'whose', 'of',
]);
export const PREPOSITIONS = new Set([
  'to', 'at', 'of', 'in', 'with', 'for', 'from', 'by', 'on', 'about', 'into', 'onto', 'over', 'under', 'between',
  'against', 'among', 'toward', 'towards', 'through', 'after', 'before', 'during', 'near', 'than', 'like', 'as',
  'without', 'within', 'across', 'behind', 'beyond', 'upon', 'via', 'per', 'including',
]);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

/** Words of text[start, end), skipping those for which `skip` is true (words inside quotations). */
export function wordsIn(text: string, start: number, end: number, skip: (offset: number) => boolean = () => false): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = 0;
  const slice = text.slice(start, end);
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(slice)) !== null) {
    let s = start + m.index;
    let word = m[0];
    // "said." keeps its stop outside the word; "U.S." keeps it inside.
    if (word.endsWith('.') && !/\..+\.$/.test(word) && word.length > 1 && !/^\p{L}\.$/u.test(word)) word = word.slice(0, -1);
    const e = s + word.length;
    if (skip(s)) continue;
    out.push({ start: s, end: e, text: word, lower: word.toLowerCase() });
    s = e;
  }
  return out;
}

/** Index into `words` of the speech verbs (lower case, not after a determiner). */
export function speechVerbs(words: Word[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!SPEECH_VERBS.has(w.lower) || w.text !== w.lower) continue;
    if (i > 0 && DETERMINERS.has(words[i - 1].lower)) continue;
    out.push(i);
  }
  return out;
}
