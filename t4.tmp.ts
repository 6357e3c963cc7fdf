import { generateQuestions, allCandidates } from './src/lib/generate/index';
const t = 'Kim Jong-un personally greeted Sergei Shoigu in Pyongyang on his first visit, according to the state newspaper Rodong Sinmun.';
console.log(allCandidates(t).map(c=>c.form+' '+c.question.type+' '+c.question.prompt));
console.log(generateQuestions(t, {count: 20, types:['short_answer'], includeRejected: true}));
