# The PolicyGraph service (it talks to the neo4j service of docker-compose.yml; it does not
# start a Neo4j of its own when NEO4J_URI is set). Compiled to JavaScript in a build stage, run
# as `npm run start:prod` does (old space capped: see README, "Quick start").
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY bench ./bench
RUN npm run build

FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY --from=build /app/dist ./dist
COPY bin ./bin
COPY src ./src
COPY cypher ./cypher
COPY schema ./schema
COPY data ./data
COPY tsconfig.json ./
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
EXPOSE 4000
USER node
CMD ["node", "--max-old-space-size=128", "dist/src/main.js"]
