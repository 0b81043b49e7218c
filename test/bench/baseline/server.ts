/**
 * Contestant (c), "the usual first attempt": the same schema (the generated typeDefs) on Apollo's standalone
 * server, with resolvers that call the REST API per field (resolvers.ts). No DataLoader, no field-set pushdown,
 * no shared token: every GraphQL request verifies the viewer's JWT and fetches its own bank token.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { GraphQLError } from 'graphql';
import { jwtVerify } from 'jose';
import { typeDefs } from '../../../src/graphql/typeDefs.generated.js';
import { fetchToken, type BaselineContext } from './bank.js';
import { baselineResolvers } from './resolvers.js';

const secret = new TextEncoder().encode(process.env.AUTH_JWT_SECRET!);
const server = new ApolloServer<BaselineContext>({ typeDefs, resolvers: baselineResolvers });
const { url } = await startStandaloneServer(server, {
  listen: { port: 0, host: '127.0.0.1' },
  async context({ req }) {
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    let user: BaselineContext['user'];
    try {
      const { payload } = await jwtVerify(token ?? '', secret, { algorithms: ['HS256'] });
      user = { userId: String(payload.sub), idType: payload.idType === 'loginId' ? 'loginId' : 'hostUserId' };
    } catch {
      throw new GraphQLError('The bearer token is missing, invalid or expired', {
        extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
      });
    }
    return { user, token: await fetchToken() };
  },
});
process.send?.({ type: 'ready', url: url.replace(/\/$/, '').replace('localhost', '127.0.0.1') });
const stop = () => {
  server.stop().finally(() => process.exit(0));
};
process.once('disconnect', stop);
process.once('SIGTERM', stop);
