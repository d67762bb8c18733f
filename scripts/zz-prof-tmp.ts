import { buildRelatedIndex, rankRelated } from '../lib/related';
import { generateSyntheticCorpus } from '../lib/related/synthetic';
const NOW = new Date('2025-01-01T00:00:00Z');
const docs = generateSyntheticCorpus({ count: Number(process.argv[2] ?? 10000), seed: 42, end: NOW });
let t = performance.now();
const index = buildRelatedIndex(docs);
console.log('build', performance.now() - t);
t = performance.now();
let touched = 0;
for (const doc of docs) rankRelated(index, doc.slug, { now: NOW, limit: 5 });
console.log('rank', performance.now() - t);
// stats: mean walked postings per doc
let walk = 0;
const { start, item } = index.keyTerms; const ps = index.termPostings.start;
for (let d = 0; d < docs.length; d++) for (let p = start[d]!; p < start[d+1]!; p++) { const id = item[p]!; walk += ps[id+1]! - ps[id]!; }
let twalk = 0; const ts = index.topicPostings.start;
for (let d = 0; d < docs.length; d++) for (let p = index.topics.start[d]!; p < index.topics.start[d+1]!; p++) { const id = index.topics.item[p]!; twalk += ts[id+1]! - ts[id]!; }
console.log('mean term postings walked', walk / docs.length, 'topic', twalk / docs.length, touched);
