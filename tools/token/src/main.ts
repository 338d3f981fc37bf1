/** npm run -s token -- <ROLE> [repId] [branchId]: prints a development token; a MANAGER's with a branch heads it. */
import { isRole, ROLES } from '@salesgraph/auth';
import { developmentSecret, developmentToken } from '@salesgraph/start';

const [role, repId, branchId] = process.argv.slice(2);
try {
  if (!role || !isRole(role) || role === 'SERVICE') throw new Error(`usage: npm run -s token -- <${ROLES.join('|')}> [repId] [branchId]`);
  console.log(developmentToken(developmentSecret(false), role, repId, branchId));
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
