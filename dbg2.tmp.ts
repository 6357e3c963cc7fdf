import { analyzeArticle } from './src/lib/generate/analyze';
const t = "VA’s initiative has helped 25,605 unsheltered Veterans move into housing. The county has 32,882 Veterans experiencing homelessness.";
const a = analyzeArticle(t, undefined);
for (const s of a.sentences) { console.log(s.mentions.filter(m=>m.kind==='number').map(m=>JSON.stringify(m.quantity))); console.log(s.terms.map(x=>x.text+'/'+[...x.tags].join('+')).join(' ')); }
