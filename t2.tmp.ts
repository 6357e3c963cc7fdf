import { analyzeArticle } from './src/lib/generate/analyze';
const a = analyzeArticle('Lake Patrol Report\nThe Lake Patrol rescued 57 swimmers in 2023, according to the county sheriff.\nOfficer Dana Cole completed 310 patrols on the lake that summer.', undefined);
for (const s of a.sentences) { console.log(s.mentions.map(m=>m.kind+':'+m.surface+' '+JSON.stringify(m.quantity??'')).join(' | ')); }
