import { readFileSync } from 'node:fs';
import { generateQuestions } from './src/lib/generate/index';
import { Session } from 'node:inspector/promises';
const text = readFileSync('/work/shared/corpus/nasa-05.txt','utf8');
for (let i=0;i<3;i++) generateQuestions(text);
const s = new Session(); s.connect(); await s.post('Profiler.enable'); await s.post('Profiler.start');
const t=performance.now(); for (let i=0;i<5;i++) generateQuestions(text); console.log(((performance.now()-t)/5).toFixed(0),'ms');
const { profile } = await s.post('Profiler.stop');
const nodes = new Map(profile.nodes.map((n:any)=>[n.id,n]));
const self = new Map<string,number>();
profile.samples.forEach((id:number,i:number)=>{ const n:any=nodes.get(id); const k=`${n.callFrame.functionName}@${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber}`; self.set(k,(self.get(k)??0)+profile.timeDeltas[i]); });
// inclusive by function for our files
const parent = new Map<number,number>(); for (const n of profile.nodes as any[]) for (const c of n.children??[]) parent.set(c,n.id);
const incl = new Map<string,number>();
profile.samples.forEach((id:number,i:number)=>{ const seen=new Set<string>(); let cur:any=id; while(cur!==undefined){ const n:any=nodes.get(cur); const k=`${n.callFrame.functionName}@${n.callFrame.url.split('/').slice(-1)}`; if(!seen.has(k)){seen.add(k); incl.set(k,(incl.get(k)??0)+profile.timeDeltas[i]);} cur=parent.get(cur);} });
console.log('SELF'); [...self].sort((a,b)=>b[1]-a[1]).slice(0,15).forEach(([k,v])=>console.log((v/5000).toFixed(1),k));
console.log('INCL (generate/)'); [...incl].filter(([k])=>/\.ts$/.test(k)).sort((a,b)=>b[1]-a[1]).slice(0,25).forEach(([k,v])=>console.log((v/5000).toFixed(1),k));
