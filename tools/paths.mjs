// Where the build puts things, for the tools and tests that run what it built. Agrees with
// scripts/target-dir.sh and the Makefile: cargo's target directory is CARGO_TARGET_DIR when
// set, else a cache outside the clone shared by every clone on this machine.
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

export const TARGET_DIR = process.env.CARGO_TARGET_DIR
  || path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'pave', 'target');

/** This machine's release `pave` (`make native-host`). */
export const RELEASE_PAVE = path.join(TARGET_DIR, 'release', 'pave');
