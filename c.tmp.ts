import { readFileSync } from 'node:fs';
import { allCandidates } from './src/lib/generate/index';
import { loadArticles } from './tests/generate/judged';
for (const a of loadArticles()) for (const c of allCandidates(readFileSync(a.path,'utf8'), a.date?{articleDate:a.date}:{})) if (c.form==='cause') console.log(a.name, c.score.toFixed(2), c.question.prompt.slice(0,150), '→', (c.question as any).answer);
