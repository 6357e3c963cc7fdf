import nlp from 'compromise';
import { readFileSync } from 'node:fs';
const text = readFileSync('/work/shared/corpus/nasa-05.txt','utf8');
const paras = text.split(/\n+/).filter(Boolean);
for (let r=0;r<3;r++){
let t=performance.now(); const docs = paras.map(p=>nlp(p)); const a=performance.now()-t;
t=performance.now(); docs.forEach(d=>d.json({offset:true,terms:{offset:true}})); const b=performance.now()-t;
t=performance.now(); let n=0; docs.forEach(d=>{ for (const s of (d as any).docs) for (const term of s) n+=term.tags.size; }); const c=performance.now()-t;
t=performance.now(); const whole = nlp(text); const d=performance.now()-t;
console.log('parse',a.toFixed(0),'json',b.toFixed(0),'docs',c.toFixed(1),'whole',d.toFixed(0));
}
