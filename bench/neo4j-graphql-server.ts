// Server (c): the Neo4j GraphQL Library (@neo4j/graphql 7) over the same labels and relationship
// types as PolicyGraph, served by the same Yoga + node:http setup. Q1, Q2 and Q5 use its
// generated fields; search, neighbourhood and path (no generated equivalent) are @cypher fields,
// the library's documented way to add custom traversals, with the same Cypher as the raw server.
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
import { RAW_CYPHER } from './raw-server.ts';

const entityFields = 'id: ID! name: String aliases: [String!]';

export const typeDefs = /* GraphQL */ `
  type Entity @node { ${entityFields} }
  type Country @node { ${entityFields} }
  type Topic @node { ${entityFields} }
  type Statement @node { ${entityFields} text: String speech: String }
  type Office @node {
    ${entityFields}
    country: [Country!]! @relationship(type: "OFFICE_OF", direction: OUT)
  }
  type NationalObjective @node {
    ${entityFields}
    topics: [Topic!]! @relationship(type: "COVERS", direction: OUT)
  }
  type Plan @node {
    ${entityFields}
    alignedWith: [NationalObjective!]! @relationship(type: "ALIGNED_WITH", direction: OUT)
    parties: [Country!]! @relationship(type: "PARTY_TO", direction: IN)
  }
  type Person @node(labels: ["Person"]) @plural(value: "people") {
    ${entityFields}
    offices: [Office!]! @relationship(type: "HOLDS_OFFICE", direction: OUT)
    statements: [Statement!]! @relationship(type: "SAID", direction: OUT)
    proposedPlans: [Plan!]! @relationship(type: "PROPOSED", direction: OUT)
  }
  type SearchHit { id: ID! name: String score: Float! }
  type SubNode { id: ID! name: String }
  type SubEdge { source: ID! target: ID! type: String! }
  type Subgraph { nodes: [SubNode!]! edges: [SubEdge!]! }
  type Query {
    search(phrase: String!, limit: Int!): [SearchHit!]! @cypher(statement: """${RAW_CYPHER.Q3graphql}""", columnName: "hit")
    neighborhood(id: ID!): Subgraph @cypher(statement: """${RAW_CYPHER.Q4graphql}""", columnName: "result")
    path(from: ID!, to: ID!): Subgraph @cypher(statement: """${RAW_CYPHER.Q6graphql}""", columnName: "result")
  }
`;

export async function createNeo4jGraphqlYoga(driver: Driver) {
  const neoSchema = new Neo4jGraphQL({ typeDefs, driver });
  const schema = await neoSchema.getSchema();
  return createYoga({ schema, graphqlEndpoint: '/graphql', landingPage: false, graphiql: false, logging: false, maskedErrors: true });
}
