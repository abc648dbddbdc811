# The gateway and chime-local share one image; the command picks which runs.
# Build stage: every dependency, to compile the TypeScript sources to dist/.
FROM node:22-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

# Runtime: production dependencies and the compiled JavaScript, run by node itself under tini,
# which passes SIGTERM on (so that the gateway shuts down gracefully) and reaps zombies.
FROM node:22-slim
RUN apt-get update \
  && apt-get install -y --no-install-recommends tini \
  && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
USER node
EXPOSE 4000 4577
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "dist/http/server.js"]
