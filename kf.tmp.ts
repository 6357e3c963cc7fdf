import { readFileSync } from 'node:fs';
import { allCandidates, generateQuestions } from './src/lib/generate/index';
import { contentWords } from './src/lib/generate/context';
import { loadArticles, loadJudged } from './tests/generate/judged';
const stats = new Map<string, number>(); const ex: string[] = [];
for (const a of loadArticles()) {
  const j = loadJudged(a.name); if (!j) continue;
  const text = readFileSync(a.path,'utf8'); const opts = a.date?{articleDate:a.date}:{};
  const r = generateQuestions(text, {...opts, includeRejected: true});
  const all = allCandidates(text, opts);
  const sentences = [...new Map([...r.rejected!.map(x=>[x.start,{text:x.text,start:x.start,reason:x.reason}] as const), ...all.map(c=>[c.question.provenance!.start!, {text:c.question.provenance!.sentence!, start:c.question.provenance!.start!, reason:''}] as const)]).values()];
  for (const k of j.keyFacts) {
    const kw = new Set(contentWords(k.fact));
    let best: any; let bs = 0;
    for (const s of sentences) { const w = contentWords(s.text); const sh = w.filter(x=>kw.has(x)).length / Math.max(1, kw.size); if (sh > bs) { bs = sh; best = s; } }
    let cat: string;
    if (!best || bs < 0.3) cat = 'no sentence match';
    else if (r.candidates.some(c=>c.sentence.start===best.start)) cat = 'covered sentence';
    else if (best.reason) { cat = 'dropped: ' + best.reason.replace(/\s*\(.*$/,'').replace(/\s*".*$/,''); if (/leans/.test(best.reason)) ex.push(best.reason.slice(0,70)+' || '+best.text.slice(0,110)); }
    else { const cs = all.filter(c=>c.question.provenance!.start===best.start); const top = Math.max(...cs.map(c=>c.score)); cat = top >= 0.55 ? 'has good candidate, not chosen' : top >= 0.4 ? 'candidates 0.4-0.55' : 'candidates < 0.4'; if (0) ex.push(`${a.name} [${cat}] ${k.fact.slice(0,80)} || ${best.text.slice(0,100)} (top ${top.toFixed(2)})`); }
    stats.set(cat, (stats.get(cat)??0)+1);
  }
}
console.log([...stats].sort((a,b)=>b[1]-a[1]));
console.log(ex.join('\n'));
