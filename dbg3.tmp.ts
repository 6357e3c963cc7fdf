import { readFileSync } from 'node:fs';
import { allCandidates, generateQuestions } from './src/lib/generate/index';
for (const f of ['nasa-02','nasa-04','nasa-06','nasa-08','sport-02','world-02','va-08']) {
  const p = f.startsWith('nasa')||f.startsWith('va') ? `/work/shared/corpus/${f}.txt` : `tests/fixtures/generator/corpus/${f}.txt`;
  const text = readFileSync(p,'utf8');
  const all = allCandidates(text);
  const r = generateQuestions(text, {includeRejected: true});
  const facts = new Set(all.map(c=>c.question.provenance?.start));
  const good = all.filter(c=>c.score>=0.45);
  console.log(f, 'words', r.wordCount, 'cands', all.length, 'facts w/ cands', facts.size, 'good', good.length, 'chosen', r.candidates.length);
  const reasons = new Map<string,number>(); for (const x of r.rejected!) { const k = x.reason.replace(/\(.*$/,'').replace(/".*$/,''); reasons.set(k,(reasons.get(k)??0)+1); }
  console.log('   ', [...reasons].sort((a,b)=>b[1]-a[1]).slice(0,8).map(([k,v])=>`${v}× ${k}`).join(' | '));
}
