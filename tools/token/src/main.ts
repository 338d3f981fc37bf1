/** npm run -s token -- <ROLE> [repId]: prints a development token. */
import { isRole, ROLES } from '@salesgraph/auth';
import { developmentSecret, developmentToken } from '@salesgraph/start';

const [role, repId] = process.argv.slice(2);
try {
  if (!role || !isRole(role) || role === 'SERVICE') throw new Error(`usage: npm run -s token -- <${ROLES.join('|')}> [repId]`);
  console.log(developmentToken(developmentSecret(false), role, repId));
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
