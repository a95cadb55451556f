import { AbeProposalDocument, WhoIsKajiyamaDocument } from './gql/graphql.js';
import { createClient } from './client.ts';

// Two typed operations from schema/operations/, against a running PolicyGraph:
//   POLICYGRAPH_URL=http://127.0.0.1:4000/graphql [PERSISTED=1] npx tsx examples/client/main.ts
// Every field below is typed from the schema; a renamed field fails `tsc`, not production. Only
// what can truly be missing is nullable (the entity a key names, a relationship's one end, a
// date), so those are the only null checks.
const request = createClient({
  url: process.env.POLICYGRAPH_URL ?? 'http://127.0.0.1:4000/graphql',
  persisted: process.env.PERSISTED === '1',
});

const who = await request(WhoIsKajiyamaDocument, { key: 'person:hiroshi-kajiyama' });
const person = who.entity;
// The entity is an interface; `offices` exists only on the Person branch of the union.
if (!person || !('offices' in person)) throw new Error('person:hiroshi-kajiyama is not a Person here');
console.log(`WhoIsKajiyama: ${person.name} (also: ${person.aliases.join(', ')})`);
for (const edge of person.offices.edges) {
  const ev = edge.evidence[0];
  console.log(`  office: ${edge.node.name} of ${edge.node.country?.node.name} — "${ev?.text}" (sentence ${ev?.sentence.index})`);
}
console.log(`  acts for: ${person.countries.edges.map((e) => e.node.name).join(', ')}`);

// Variables are optional here: the operation's default key is person:shinzo-abe.
const abe = await request(AbeProposalDocument);
const proposer = abe.entity;
if (!proposer || !('proposedPlans' in proposer)) throw new Error('person:shinzo-abe is not a Person here');
for (const edge of proposer.proposedPlans.edges) {
  const plan = edge.node;
  const to = plan.proposedTo.edges.map((e) => e.node.name).join(', ');
  const event = plan.event?.node;
  const where = event && 'place' in event ? `${event.place?.node.name}, ${event.date}` : 'unknown';
  console.log(`AbeProposal: ${proposer.name} proposed "${plan.name}" to ${to} at ${event?.name} (${where})`);
  for (const ev of edge.evidence) {
    console.log(`  evidence: "${ev.text}" [${ev.start}-${ev.end}] in sentence ${ev.sentence.index} of "${ev.article.title}"`);
  }
}
