// Splits a Windows command line into arguments the way CommandLineToArgvW does (after the program name): what a
// login item's stored arguments become when Windows starts the app. For the login-item tests and the smoke suite.

export function splitWindowsArguments(commandLine: string): string[] {
  const args: string[] = [];
  let current = '';
  let quoted = false;
  let started = false;
  for (let i = 0; i < commandLine.length; i++) {
    const ch = commandLine[i]!;
    if (ch === '\\') {
      let count = 0;
      while (commandLine[i] === '\\') {
        count += 1;
        i += 1;
      }
      if (commandLine[i] === '"') {
        current += '\\'.repeat(Math.floor(count / 2));
        if (count % 2 === 1) current += '"';
        else quoted = !quoted;
      } else {
        current += '\\'.repeat(count);
        i -= 1;
      }
      started = true;
    } else if (ch === '"') {
      quoted = !quoted;
      started = true;
    } else if (/\s/.test(ch) && !quoted) {
      if (started) args.push(current);
      current = '';
      started = false;
    } else {
      current += ch;
      started = true;
    }
  }
  if (started) args.push(current);
  return args;
}

