import { analyzeArticle } from './src/lib/generate/analyze';
import { parseClause } from './src/lib/generate/clause';
for (const t of ["Anima Patil-Sabale first engaged with Johnson’s ASIA ERG in 2019, when the group invited her to give a presentation.", "H.R.1424 was introduced on March 9, 2007, by Rep. Patrick Kennedy and had the support of First Lady Rosalind Carter."]) {
const a = analyzeArticle(t, undefined);
const s = a.sentences[0]; const c = parseClause(s)!;
console.log(c && { subject: t.slice(c.subject.start,c.subject.end), verb: t.slice(c.verb.start,c.verb.end), main: c.main.text, aux: c.auxiliary?.text, rest: t.slice(c.rest.start,c.rest.end) });
console.log(s.terms.map(x=>x.text+'/'+[...x.tags].join('+')).join(' '));
}
