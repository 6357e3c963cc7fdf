import { readFileSync } from 'node:fs';
import { readStructure } from './src/lib/generate/structure';
import { loadArticles } from './tests/generate/judged';
let all=0, body=0, prose=0;
for (const a of loadArticles()) { const t = readFileSync(a.path,'utf8'); const s = readStructure(t); all += t.split(/\s+/).filter(Boolean).length; body += s.blocks.filter(b=>b.kind==='body').reduce((n,b)=>n+b.text.split(/\s+/).length,0); prose += s.blocks.filter(b=>b.kind!=='boilerplate'&&b.kind!=='logistics').reduce((n,b)=>n+b.text.split(/\s+/).length,0);}
console.log({all, body, prose, q80all: all/80, q80body: body/80});
