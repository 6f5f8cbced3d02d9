// The page's first script (tiny, so it runs at once): starts loading Python while the
// rest of the page (www/main.js) is still on its way. See www/boot.js.
import { startLoading } from './boot.js';

window.paveBoot ??= startLoading();
