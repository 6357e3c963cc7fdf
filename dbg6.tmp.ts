import { readFileSync } from 'node:fs';
import { generateQuestions } from './src/lib/generate/index';
import { loadArticles } from './tests/generate/judged';
const reasons = new Map<string,number>(); const examples = new Map<string,string[]>();
for (const a of loadArticles()) {
  const r = generateQuestions(readFileSync(a.path,'utf8'), {...(a.date?{articleDate:a.date}:{}), includeRejected:true});
  for (const x of r.rejected!) { if (/boilerplate|caption|heading|headline|list item|logistics|call to action|links/.test(x.reason)) continue; const k = x.reason.replace(/\s*\(.*$/,'').replace(/\s*".*$/,''); reasons.set(k,(reasons.get(k)??0)+1); const e = examples.get(k)??[]; if (e.length<6) e.push(x.reason.slice(0,60)+' | '+x.text.slice(0,90)); examples.set(k,e); }
}
for (const [k,v] of [...reasons].sort((a,b)=>b[1]-a[1])) { console.log(v, k); for (const e of examples.get(k)!.slice(0,4)) console.log('      ', e); }
