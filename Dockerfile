# The gateway and chime-local share one image; the command picks which runs.
FROM node:20-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
# tsx runs the TypeScript sources directly, so production installs carry no build step.
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY tsconfig.json ./
COPY src ./src
USER node
EXPOSE 4000 4577
CMD ["npm", "start"]
