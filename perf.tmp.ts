import { readFileSync } from 'node:fs';
import { generateQuestions } from './src/lib/generate/index';
const text = readFileSync('/work/shared/corpus/nasa-05.txt','utf8');
for (let i=0;i<4;i++){ const t=performance.now(); generateQuestions(text); console.log((performance.now()-t).toFixed(0)); }
