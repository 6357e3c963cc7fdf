import { readFileSync } from 'node:fs';
import { allCandidates, generateQuestions } from './src/lib/generate/index';
const text = readFileSync('tests/fixtures/generator/corpus/sport-02.txt','utf8');
const all = allCandidates(text, {articleDate: '2007-02-26'});
for (const c of all.sort((a,b)=>b.score-a.score).slice(0,25)) console.log(c.score.toFixed(2), c.form, c.question.type, c.question.prompt.slice(0,120));
const r = generateQuestions(text, {articleDate: '2007-02-26'});
console.log(r.candidates.length, r.wordCount);
