import { readFileSync } from 'node:fs';
import { allCandidates, generateQuestions } from './src/lib/generate/index';
import { loadArticles } from './tests/generate/judged';
let W=0,D=0,F=0,G=0;
for (const a of loadArticles()) {
  const text = readFileSync(a.path,'utf8');
  const r = generateQuestions(text, a.date?{articleDate:a.date}:{});
  const forced = generateQuestions(text, {...(a.date?{articleDate:a.date}:{}), count: Math.round(r.wordCount/70)});
  const all = allCandidates(text, a.date?{articleDate:a.date}:{});
  const facts = new Set(all.map(c=>c.question.provenance?.start)).size;
  const good = new Set(all.filter(c=>c.score>=0.45).map(c=>c.question.provenance?.start)).size;
  W+=r.wordCount; D+=r.candidates.length; F+=forced.candidates.length; G+=facts;
  console.log(a.name.padEnd(12), 'words', r.wordCount, 'default', r.candidates.length, 'forced', forced.candidates.length, 'of', Math.round(r.wordCount/70), 'facts', facts, 'good', good);
}
console.log(W, D, F, G, (W/D).toFixed(0), (W/F).toFixed(0));
