// `npm run token -- <userId> [--login]`: prints a viewer token the dev-mode gateway accepts.
import { readString } from '../env.js';
import { devJwtSecret } from './dev-secret.js';
import { mintViewerToken } from './mint-token.js';

const args = process.argv.slice(2);
const userId = args.find((arg) => !arg.startsWith('--'));
if (!userId) {
  console.error('usage: npm run token -- <userId> [--login]   (--login: the id is a loginId, e.g. a business user)');
  process.exit(2);
}
const token = await mintViewerToken(
  { userId, idType: args.includes('--login') ? 'loginId' : 'hostUserId' },
  { secret: devJwtSecret(process.env), issuer: readString(process.env, 'AUTH_ISSUER'), audience: readString(process.env, 'AUTH_AUDIENCE') },
);
console.log(token);
