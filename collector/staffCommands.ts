// `npm run collector -- staff add|remove|unlock|list [name]`: staff accounts for the dashboard (unlock lifts a login
// lock and its growing delay). Each change goes to the audit log as done from the command line. The password comes from
// COLLECTOR_STAFF_PASSWORD (scripts, tests), else from standard input: typed twice, hidden, at a terminal, or
// the first line of a pipe. It is never a command-line argument (those show up in `ps` and shell history).

import { createInterface } from 'node:readline';
import { hashPassword, passwordProblem } from './security/passwords';
import { storageSettings, UsageError } from './settings';
import { AuditLog, COMMAND_LINE_ACTOR, type AuditAction } from './storage/auditLog';
import { openStore } from './storage/openStore';
import { STAFF_NAME_PATTERN, StaffStore } from './storage/staffStore';

type Environment = Readonly<Record<string, string | undefined>>;

function readLine(prompt: string, hidden: boolean): Promise<string> {
  return new Promise((resolve) => {
    const output = process.stdout;
    const rl = createInterface({ input: process.stdin, output, terminal: process.stdin.isTTY === true });
    if (hidden && process.stdin.isTTY) {
      // Echo nothing while the password is typed (the prompt itself is written once, below).
      (rl as unknown as { _writeToOutput: (text: string) => void })._writeToOutput = () => undefined;
      output.write(prompt);
    }
    rl.question(hidden && process.stdin.isTTY ? '' : prompt, (answer) => {
      if (hidden && process.stdin.isTTY) output.write('\n');
      rl.close();
      resolve(answer);
    });
  });
}

async function readPassword(env: Environment): Promise<string> {
  if (env.COLLECTOR_STAFF_PASSWORD !== undefined && env.COLLECTOR_STAFF_PASSWORD !== '') return env.COLLECTOR_STAFF_PASSWORD;
  if (!process.stdin.isTTY) return readLine('', false);
  const first = await readLine('Password (at least 12 characters): ', true);
  const second = await readLine('The same password again: ', true);
  if (first !== second) throw new UsageError('the two passwords differ; nothing was changed');
  return first;
}

export async function staffCommand(args: readonly string[], flags: ReadonlyMap<string, string>, env: Environment): Promise<number> {
  const [action, rawName] = args;
  const name = rawName?.trim().toLowerCase();
  if (action !== 'list' && (name === undefined || !STAFF_NAME_PATTERN.test(name))) {
    throw new UsageError('staff add|remove|unlock needs a name: 2-40 lower-case letters, digits, . _ or -, e.g. "marie.dupont"');
  }
  if (action !== 'add' && action !== 'remove' && action !== 'unlock' && action !== 'list') {
    throw new UsageError('use `staff add <name>`, `staff remove <name>`, `staff unlock <name>` or `staff list`');
  }
  const password = action === 'add' ? await readPassword(env) : '';
  if (action === 'add') {
    const problem = passwordProblem(password);
    if (problem !== null) throw new UsageError(problem);
  }
  const store = await openStore(storageSettings(flags, env));
  try {
    const staff = new StaffStore(store.driver);
    const audit = new AuditLog(store.driver);
    const log = (action: AuditAction) => audit.record({ at: Date.now(), actor: COMMAND_LINE_ACTOR, action, subject: name! });
    if (action === 'list') {
      const names = await staff.names();
      console.log(names.length === 0 ? 'No staff account yet: add one with `npm run collector -- staff add <name>`.' : names.join('\n'));
      return 0;
    }
    if (action === 'remove') {
      if (!(await staff.remove(name!))) {
        console.error(`No staff account "${name}".`);
        return 1;
      }
      await log('account-removed');
      console.log(`Staff account "${name}" removed; its dashboard sessions are closed.`);
      return 0;
    }
    if (action === 'unlock') {
      if (!(await staff.unlock(name!))) {
        console.error(`No staff account "${name}".`);
        return 1;
      }
      await log('account-unlocked');
      console.log(`Staff account "${name}" is unlocked: it may log in again at once.`);
      return 0;
    }
    const created = await staff.upsert(name!, await hashPassword(password), Date.now());
    await log(created ? 'account-created' : 'password-changed');
    console.log(created ? `Staff account "${name}" created.` : `Password of "${name}" changed; its sessions are closed and any lockout lifted.`);
    return 0;
  } finally {
    await store.close();
  }
}
