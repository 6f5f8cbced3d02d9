// The page's first script (tiny, so it runs at once): starts loading Python while the
// rest of the page (www/playground/main.js) is still on its way. See www/core/boot.js.
import { startLoading } from '../core/boot.js';

window.paveBoot ??= startLoading();
