# The PolicyGraph service (it talks to the neo4j service of docker-compose.yml; it does not
# start a Neo4j of its own when NEO4J_URI is set). Compiled to JavaScript in a build stage, run
# as `npm run start:prod` does (old space capped: see README, "Quick start").
# The image holds only what runs: the compiled service (dist/src), the explorer's bundle
# (dist/explore/app.js), the files it reads at run time, and production dependencies; no
# TypeScript, tests, benchmarks, Maven build or devDependencies (esbuild, cytoscape).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
# What `npm run build` compiles (src, bench, the test helpers bench uses) and bundles (src/explore).
COPY . .
RUN npm run build

FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist/src ./dist/src
COPY --from=build /app/dist/explore ./dist/explore
# Read at run time: the explorer's page, style and registered operations (not its TypeScript).
COPY src/explore/index.html src/explore/explore.css ./src/explore/
COPY src/explore/operations ./src/explore/operations
COPY cypher ./cypher
COPY schema ./schema
COPY data/articles ./data/articles
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
EXPOSE 4000
USER node
# The CLI in the image: node dist/src/cli/index.js (bin/policygraph.js runs the TypeScript source).
CMD ["node", "--max-old-space-size=128", "dist/src/main.js"]
