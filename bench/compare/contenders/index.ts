/**
 * Everyone in the side-by-side comparison, in the order tables list them: ours first, then the peers.
 * Adding one is a file in this folder and a line here.
 */
import type { Contender } from '../contender';
import { c15t } from './c15t';
import { compiledDropIn } from './compiled-drop-in';
import { dropIn } from './drop-in';
import { klaro } from './klaro';
import { npmBuild } from './npm-build';
import { vanillaCookieconsent } from './vanilla-cookieconsent';

export const contenders: Contender[] = [dropIn, compiledDropIn, npmBuild, vanillaCookieconsent, klaro, c15t];
