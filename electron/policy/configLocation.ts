// Where the kiosk keeps its device config. IT may give a file with --config; when that file or its folder cannot be
// written by the kiosk user (C:\ProgramData, /etc are read-only to it), every later save - the enrolment token too -
// would fail. Then the provisioned file is copied once into the user-data folder and the copy is used from then on.

import path from 'node:path';

export interface ConfigLocationInput {
  /** The --config path, or null. */
  readonly provisionedPath: string | null;
  readonly userDataDir: string;
  /** Can the kiosk user write the provisioned file and create files beside it (atomic save)? */
  readonly provisionedWritable: boolean;
  /** Does the provisioned file exist? */
  readonly provisionedExists: boolean;
  /** Does userData/config.json exist already (an earlier copy, or a config saved by staff)? */
  readonly userCopyExists: boolean;
}

export type ConfigLocation =
  /** Read and save this file. */
  | { readonly kind: 'use'; readonly filePath: string; readonly provisioned: boolean }
  /** Copy `from` to `filePath` first (never overwriting), then read and save `filePath`. */
  | { readonly kind: 'copy-in'; readonly from: string; readonly filePath: string };

export const USER_CONFIG_FILE = 'config.json';

export function chooseConfigLocation(input: ConfigLocationInput): ConfigLocation {
  const userCopy = path.join(input.userDataDir, USER_CONFIG_FILE);
  if (!input.provisionedPath) return { kind: 'use', filePath: userCopy, provisioned: false };
  if (input.provisionedWritable) return { kind: 'use', filePath: input.provisionedPath, provisioned: true };
  // A read-only provisioned file: the copy made on the first run (and the staff's changes to it) wins afterwards.
  if (input.userCopyExists || !input.provisionedExists) return { kind: 'use', filePath: userCopy, provisioned: false };
  return { kind: 'copy-in', from: input.provisionedPath, filePath: userCopy };
}
