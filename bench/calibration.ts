/**
 * Confidence calibration (issue 3): does a confidence mean something? Runs the
 * extractor in-process on the dev corpus and the seed, judges every predicted
 * fact against the gold the way ../shared/eval/score.mjs does, buckets the
 * facts by confidence and prints, per bucket, how many there are and the share
 * that is right. The claim to check: facts at >= 0.8 are right >= 80% of the time.
 *
 *   npm run calibrate              (CALIBRATE_RULES=1 adds a per-rule table)
 *
 * Verdicts, one per predicted fact:
 * - entity (Person, Organization, Location): right when the scorer's typed
 *   matching pairs it with a required gold entity; paired with an optional gold
 *   entity it is left out (the scorer drops it from precision too).
 * - attribution (direct quote): right when it overlaps a gold quote that has a
 *   speaker and its speakerId is the scorer's speaker; a direct quote with no
 *   gold quote behind it is wrong; one matching a speakerless gold quote
 *   (scare quote, title) is left out, as the scorer does.
 * - relation (seed only has relation gold): right when its type and both
 *   mapped ends equal a gold relation; unscored types and unmapped ends are
 *   left out, as the scorer does.
 * Entity matching reuses score.mjs's exported matcher; quotes, speakers and
 * relations restate its rules (they are not exported) in a few lines.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { calibratedConfidence, DEV_RECORD, type RuleRecord } from '../src/extract/calibration';
import { extractUncalibrated } from '../src/extract/pipeline';
import { decodeArticle } from '../src/graph/validate-input';
import type { ExtractionResult } from '../src/extract/types';

const root = join(__dirname, '..');
const shared = resolve(root, '..', 'shared');
const CORPORA = [join(shared, 'corpus', 'dev'), [join(shared, 'seeds'), join(root, 'seeds')].find(existsSync)!].filter(
  (d) => d && existsSync(d),
);

/* eslint-disable @typescript-eslint/no-explicit-any -- score.mjs is untyped JavaScript */
type Scorer = {
  normName(s: string): string;
  prepareGold(gold: any, text: string): any;
  preparePred(pred: any, text: string): any;
  matchEntities(G: any, P: any, opts: { typed: boolean }): { assign: Map<number, number>; preds: any[] };
  SCORED_RELATIONS: Set<string>;
};

// A real dynamic import: TypeScript's CommonJS output would turn `import()`
// into `require()`, which cannot load an ES module on Node 20.
const importEsm = new Function('url', 'return import(url)') as (url: string) => Promise<Scorer>;

export type FactKind = 'entity' | 'attribution' | 'relation';
export interface Verdict {
  kind: FactKind;
  rule: string;
  confidence: number;
  correct: boolean;
  doc: string;
  label: string;
}

const overlapLen = (a: { start: number; end: number }, b: { start: number; end: number }): number =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

function judgeDocument(S: Scorer, id: string, text: string, gold: any, result: ExtractionResult): Verdict[] {
  const out: Verdict[] = [];
  const pred = JSON.parse(JSON.stringify(result));
  const G = S.prepareGold(gold, text);
  const P = S.preparePred(pred, text);
  const typed = S.matchEntities(G, P, { typed: true });
  const goldByIdx = new Map<number, any>(G.ents.map((g: any) => [g.idx, g]));
  const byId = new Map(result.entities.map((e) => [e.id, e]));

  // ---- entities
  for (const p of typed.preds) {
    const e = byId.get(p.id)!;
    const gi = typed.assign.get(p.idx);
    if (gi !== undefined && goldByIdx.get(gi).optional) continue;
    out.push({ kind: 'entity', rule: e.rule, confidence: e.confidence, correct: gi !== undefined, doc: id, label: `${e.type}:${e.name}` });
  }

  // ---- quotes: one-to-one, best overlap first, as score.mjs pairs them
  const direct = result.quotes.filter((q) => q.direct);
  const cands: Array<{ p: number; g: number; score: number }> = [];
  direct.forEach((q, pi) => {
    G.quotes.forEach((g: any, gi: number) => {
      const glen = Math.max(1, g.end - g.start);
      const ov = overlapLen(q, g);
      if (ov >= 0.5 * glen) cands.push({ p: pi, g: gi, score: ov / glen + ov / Math.max(1, q.end - q.start) });
    });
  });
  cands.sort((a, b) => b.score - a.score);
  const qp = new Map<number, number>();
  const qg = new Set<number>();
  for (const c of cands) if (!qp.has(c.p) && !qg.has(c.g)) { qp.set(c.p, c.g); qg.add(c.g); }
  const goldByGid = new Map<string, any>();
  for (const g of G.ents) { goldByGid.set(g.gid, g); for (const a of g.aliasGids) goldByGid.set(a, g); }
  const surnameOk = (gs: any, pe: any): boolean =>
    gs.type === 'Person' &&
    pe.names.some((n: string) => { const s = n.split(' ').pop()!; return gs.surnames.has(s) && G.surnameOwners.get(s)?.size === 1; });
  direct.forEach((q, pi) => {
    const label = `"${q.text.slice(0, 40)}"`;
    const gi = qp.get(pi);
    if (gi === undefined) {
      out.push({ kind: 'attribution', rule: q.rule, confidence: q.confidence, correct: false, doc: id, label: `${label} (no gold quote)` });
      return;
    }
    const g = G.quotes[gi];
    const gs = g.speaker == null ? null : goldByGid.get(g.speaker);
    if (!gs) return;
    const pe = q.speakerId != null ? P.byId.get(q.speakerId) : null;
    let ok = false;
    if (pe) {
      ok = typed.assign.has(pe.idx) ? typed.assign.get(pe.idx) === gs.idx : pe.names.some((n: string) => gs.names.includes(n)) || surnameOk(gs, pe);
    }
    out.push({ kind: 'attribution', rule: q.rule, confidence: q.confidence, correct: ok, doc: id, label: `${label} -> ${pe ? pe.display : 'null'} (gold ${gs.display})` });
  });

  // ---- relations (only where the gold has them)
  if (Array.isArray(G.relations)) out.push(...judgeRelations(S, id, G, P, typed.assign, goldByIdx, result));
  return out;
}

function judgeRelations(S: Scorer, id: string, G: any, P: any, entAssign: Map<number, number>, goldByIdx: Map<number, any>, result: ExtractionResult): Verdict[] {
  // Events: a predicted event is paired with the gold event its mentions
  // overlap most (required events first), one-to-one.
  const evAssign = new Map<number, number>();
  const events: any[] = G.events ?? [];
  const evByIdx = new Map<number, any>(events.map((e) => [e.idx, e]));
  const pev = P.ents.filter((p: any) => p.type === 'Event');
  for (const optionalPass of [false, true]) {
    const pairs: Array<{ p: number; g: number; w: number }> = [];
    for (const p of pev) {
      if (evAssign.has(p.idx)) continue;
      for (const ev of events) {
        if (ev.optional !== optionalPass || [...evAssign.values()].includes(ev.idx)) continue;
        let w = 0;
        for (const a of ev.anchors) for (const m of p.mentions) if (overlaps(a, m)) w++;
        if (w === 0 && p.names.some((n: string) => ev.names.includes(n))) w = 0.5;
        if (w > 0) pairs.push({ p: p.idx, g: ev.idx, w });
      }
    }
    pairs.sort((a, b) => b.w - a.w);
    const usedG = new Set(evAssign.values());
    for (const c of pairs) if (!evAssign.has(c.p) && !usedG.has(c.g)) { evAssign.set(c.p, c.g); usedG.add(c.g); }
  }
  const keyOf = new Map<string, string>();
  for (const g of G.ents) { keyOf.set(g.gid, `E:${g.gid}`); for (const a of g.aliasGids) keyOf.set(a, `E:${g.gid}`); }
  for (const ev of events) keyOf.set(ev.gid, `V:${ev.gid}`);
  const byName = new Map<string, Set<string>>();
  const addName = (n: string, k: string): void => { if (!byName.has(n)) byName.set(n, new Set()); byName.get(n)!.add(k); };
  for (const g of G.ents) for (const n of g.names) addName(n, `E:${g.gid}`);
  for (const ev of events) for (const n of ev.names) addName(n, `V:${ev.gid}`);
  const resolveGold = (x: unknown): string | null => {
    if (x == null) return null;
    const s = String(x);
    if (keyOf.has(s)) return keyOf.get(s)!;
    const ks = byName.get(S.normName(s));
    return ks && ks.size === 1 ? [...ks][0] : null;
  };
  const relKey = (type: string, a: string, b: string): string => (type === 'MET' && a > b ? `${type}|${b}|${a}` : `${type}|${a}|${b}`);
  const goldKeys = new Set<string>();
  for (const r of G.relations) {
    const type = String(r.type || '').toUpperCase();
    const a = resolveGold(r.source);
    const b = resolveGold(r.target);
    if (a && b) goldKeys.add(relKey(type, a, b));
  }
  const resolvePred = (pid: string): string | null => {
    const pe = P.byId.get(pid);
    if (!pe) return null;
    if (entAssign.has(pe.idx)) return `E:${goldByIdx.get(entAssign.get(pe.idx)!).gid}`;
    if (evAssign.has(pe.idx)) return `V:${evByIdx.get(evAssign.get(pe.idx)!).gid}`;
    const ks = new Set<string>();
    for (const n of pe.names) for (const k of byName.get(n) ?? []) ks.add(k);
    return ks.size === 1 ? [...ks][0] : null;
  };
  const out: Verdict[] = [];
  for (const r of result.relations) {
    if (!S.SCORED_RELATIONS.has(r.type)) continue;
    const a = resolvePred(r.sourceId);
    const b = resolvePred(r.targetId);
    if (!a || !b) continue;
    out.push({ kind: 'relation', rule: r.rule, confidence: r.confidence, correct: goldKeys.has(relKey(r.type, a, b)), doc: id, label: `${r.type} ${a} ${b}` });
  }
  return out;
}

export const BUCKETS: ReadonlyArray<[number, number]> = [[0, 0.2], [0.2, 0.4], [0.4, 0.6], [0.6, 0.8], [0.8, 1.0001]];
const bucketName = ([lo, hi]: [number, number]): string => `${lo.toFixed(1)}-${Math.min(hi, 1).toFixed(1)}`;

function table(title: string, rows: Array<[string, Verdict[]]>): string {
  // mean confidence beside the share right: the two should be close
  const lines = [title, `${''.padEnd(38)} ${'n'.padStart(5)} ${'right'.padStart(6)} ${'share'.padStart(7)} ${'mean conf'.padStart(10)}`];
  for (const [name, vs] of rows) {
    const ok = vs.filter((v) => v.correct).length;
    const share = vs.length ? `${((100 * ok) / vs.length).toFixed(1)}%` : '-';
    const mean = vs.length ? (vs.reduce((a, v) => a + v.confidence, 0) / vs.length).toFixed(2) : '-';
    lines.push(`${name.padEnd(38)} ${String(vs.length).padStart(5)} ${String(ok).padStart(6)} ${share.padStart(7)} ${mean.padStart(10)}`);
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const S = await importEsm(pathToFileURL(join(shared, 'eval', 'score.mjs')).href);
  const verdicts: Verdict[] = [];
  let docs = 0;
  for (const dir of CORPORA) {
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.gold.json')).sort()) {
      const id = f.replace(/\.gold\.json$/, '');
      const file = join(dir, `${id}.txt`);
      if (!existsSync(file)) continue;
      const text = decodeArticle(readFileSync(file), file);
      const gold = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      verdicts.push(...judgeDocument(S, id, text, gold, extractUncalibrated(text, { id })));
      docs++;
    }
  }
  const fresh = recordOf(verdicts);
  if (process.env.CALIBRATE_EMIT) {
    // the per-rule record src/extract/calibration.ts keeps
    for (const [rule, r] of Object.entries(fresh)) console.log(`  '${rule}': { n: ${r.n}, right: ${r.right} },`);
    return;
  }
  const stale = Object.keys({ ...fresh, ...DEV_RECORD }).filter(
    (k) => fresh[k]?.n !== DEV_RECORD[k]?.n || fresh[k]?.right !== DEV_RECORD[k]?.right,
  );
  // Three views of the same facts: the passes' own confidences; calibrated
  // with DEV_RECORD as the pipeline does (in-sample); and calibrated for each
  // article with a record of the other articles only (leave-one-out), the
  // honest estimate for news the record has not seen.
  const views: Array<[string, Verdict[]]> = [
    ['uncalibrated (the passes\' own confidences)', verdicts],
    ['calibrated, as extract() outputs (in-sample)', verdicts.map((v) => ({ ...v, confidence: calibratedConfidence(v.rule, v.confidence) }))],
    ['calibrated leave-one-article-out', leaveOneOut(verdicts)],
  ];
  console.log(`confidence calibration over ${docs} articles (${CORPORA.join(', ')})`);
  if (stale.length) console.log(`NOTE: DEV_RECORD is stale for ${stale.join(', ')}: refresh it with CALIBRATE_EMIT=1 npm run calibrate`);
  for (const [view, all] of views) {
    console.log(`\n=== ${view}\n`);
    printKinds(all);
  }
}

function recordOf(verdicts: readonly Verdict[]): Record<string, RuleRecord> {
  const out: Record<string, RuleRecord> = {};
  for (const v of [...verdicts].sort((a, b) => (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0))) {
    const r = (out[v.rule] ??= { n: 0, right: 0 });
    r.n++;
    if (v.correct) r.right++;
  }
  return out;
}

function leaveOneOut(verdicts: readonly Verdict[]): Verdict[] {
  const byDoc = new Map<string, Record<string, RuleRecord>>();
  for (const doc of new Set(verdicts.map((v) => v.doc))) byDoc.set(doc, recordOf(verdicts.filter((v) => v.doc !== doc)));
  return verdicts.map((v) => ({ ...v, confidence: calibratedConfidence(v.rule, v.confidence, byDoc.get(v.doc)) }));
}

function printKinds(verdicts: readonly Verdict[]): void {
  for (const kind of ['entity', 'attribution', 'relation'] as const) {
    const vs = verdicts.filter((v) => v.kind === kind);
    const rows: Array<[string, Verdict[]]> = BUCKETS.map((b) => [bucketName(b), vs.filter((v) => v.confidence >= b[0] && v.confidence < b[1])]);
    rows.push(['all', vs]);
    rows.push(['>= 0.8 (claim: >= 80% right)', vs.filter((v) => v.confidence >= 0.8)]);
    console.log(table(`${kind}`, rows) + '\n');
    if (process.env.CALIBRATE_RULES) {
      const rules = [...new Set(vs.map((v) => v.rule))].sort();
      console.log(table(`${kind} by rule`, rules.map((r) => [r, vs.filter((v) => v.rule === r)])) + '\n');
    }
    if (process.env.CALIBRATE_WRONG) for (const v of vs.filter((x) => !x.correct && x.confidence >= 0.8)) console.log(`  wrong @${v.confidence.toFixed(2)} ${v.rule} ${v.doc} ${v.label}`);
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
