/**
 * Everyone in the side-by-side comparison, in the order tables list them: ours first, then the peers.
 * Adding one is a file in this folder and a line here.
 */
import type { Contender } from '../contender';
import { c15t } from './c15t';
import { dropIn } from './drop-in';
import { klaro } from './klaro';
import { npmBuild } from './npm-build';
import { vanillaCookieconsent } from './vanilla-cookieconsent';

export const contenders: Contender[] = [
  dropIn,
  // ┌ TODO(lead): the compiled drop-in goes here. `consent build consent.json --out <dir>` writes
  // │ consent.<hash>.js (the container compiled in) and an on-demand UI chunk. Its contender, in
  // │ ./compiled-drop-in.ts, runs the CLI into a temp dir in `prepare()`, serves every file it wrote by
  // │ path (`files`), and puts the script tag and any `<link rel="modulepreload">` hint in `head`.
  // └ Bytes are counted from what the page actually requests, so an on-demand chunk counts when fetched.
  npmBuild,
  vanillaCookieconsent,
  klaro,
  c15t,
];
