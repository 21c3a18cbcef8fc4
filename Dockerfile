# Koers: the game and the live server in one image (npm start's process, without the build step).
# docker build -t koers . && docker run -p 8080:8080 koers            (one venue, in memory)
# docker run -p 8080:8080 -e REDIS_URL=redis://redis:6379 koers      (one of several processes)
# npm install rather than npm ci: this npm writes only this platform's optional packages into the lock.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY . .
RUN npx vite build --configLoader runner

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production PORT=8080
COPY package.json package-lock.json ./
RUN npm install --omit=dev --no-audit --no-fund && npm cache clean --force
# The server runs the game's own TypeScript (src/, the scenario in stories/) to verify results.
COPY tsconfig.json ./
COPY src ./src
COPY stories ./stories
COPY server ./server
COPY --from=build /app/dist ./dist
USER node
EXPOSE 8080
CMD ["node", "--import", "tsx", "server/main.ts"]
