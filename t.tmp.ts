import { generateQuestions } from './src/lib/generate/index';
const show = (text: string, d: string) => { const r = generateQuestions(text, { articleDate: d, count: 40, includeRejected: true }); console.log([...r.candidates, ...r.more].map(c=>c.form+' '+c.question.prompt).join('\n')); console.log(r.rejected!.map(x=>'  R '+x.reason+' | '+x.text.slice(0,60)).join('\n')); };
show('The city council voted on Tuesday to build 300 homes on the old rail yard in Millbrook.\nThe Millbrook plan also includes a park of 12 acres.', '2024-05-08');
show('Council Race\nAna Ortiz debated Maria Lind in Leeds on Tuesday.\nShe promised 2,000 new homes within five years.', '2024-03-13');
show(['Lake Patrol Report','The Lake Patrol rescued 57 swimmers in 2023, according to the county sheriff.','Officer Dana Cole completed 310 patrols on the lake that summer.','On June 4, 2022, the county opened a second boat station at Pine Cove.'].join('\n'), '2024-01-10');
