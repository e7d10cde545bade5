# One image for every service; docker-compose.yml picks the service by its command.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# The compiled operator CLIs (dist/cli), e.g. docker compose exec registration npm run -s token -- --role admin
COPY --from=build /app/scripts/cli.js ./scripts/cli.js
# The filing documents volume mounts here; a new named volume takes this directory's owner.
RUN mkdir -p /data/documents && chown node:node /data/documents
USER node
CMD ["node", "dist/apps/registration/apps/registration/src/main.js"]
