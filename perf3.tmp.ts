import { readFileSync } from 'node:fs';
import { generateQuestions } from './src/lib/generate/index';
const text = readFileSync(process.argv[2] ?? '/work/shared/corpus/nasa-05.txt','utf8');
const times:number[]=[]; for (let i=0;i<7;i++){ const t=performance.now(); generateQuestions(text); times.push(performance.now()-t);} times.sort((a,b)=>a-b); console.log(text.length,'chars median',times[3].toFixed(0),'ms first', times.map(t=>t.toFixed(0)).join(' '));
