import { readFileSync } from 'node:fs';
import { allCandidates } from './src/lib/generate/index';
import { loadArticles, loadJudged } from './tests/generate/judged';
const by = new Map<string,{A:number,E:number,R:number}>();
const ex: string[] = [];
for (const a of loadArticles()) { const j = loadJudged(a.name); if (!j) continue;
  for (const c of allCandidates(readFileSync(a.path,'utf8'), a.date?{articleDate:a.date}:{})) { const q = j.questions[c.question.id]; if (!q) continue;
    const k = c.form + '/' + c.question.type; const x = by.get(k) ?? {A:0,E:0,R:0}; x[q.verdict]++; by.set(k,x);
    if ((c.form==='who'||c.form==='when') && q.verdict!=='A') ex.push(q.verdict+' '+c.question.prompt.slice(0,120)+' || '+q.reason.slice(0,100)); } }
for (const [k,x] of [...by].sort()) console.log(k.padEnd(30), x, ((x.A)/(x.A+x.E+x.R)).toFixed(2));
console.log(ex.slice(0,25).join('\n'));
