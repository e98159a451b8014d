// Loads Pagefind's Component UI on demand and configures it for this site.
//
// Why the Component UI: it already gives an accessible input, results with keyboard navigation
// (arrow keys, Enter), a modal <dialog> with focus handling and Escape, filter checkboxes, screen
// reader announcements and lazy loading of result data, and it runs under our CSP (no eval, no
// inline styles). Our own code is limited to what it cannot do: a result template with the page
// type and tap-to-call numbers (render.ts), the "nothing found" panel with spelling suggestions,
// the query in the address bar (page.ts), and loading nothing until search is opened.
import { instanceOptions, translations } from './options';
// A URL, not an import of the styles: Astro would otherwise inline them into every page.
import siteSearchCss from './search.css?url';
import type { Instance } from './types';

let loading: Promise<Instance> | null = null;

function add<T extends HTMLLinkElement | HTMLScriptElement>(node: T, before?: Element | null): Promise<void> {
  return new Promise((resolve, reject) => {
    node.addEventListener('load', () => resolve(), { once: true });
    node.addEventListener('error', () => reject(new Error(`could not load ${'src' in node ? node.src : node.href}`)), { once: true });
    if (before) document.head.insertBefore(node, before);
    else document.head.append(node);
  });
}

/** Loads the Component UI script and stylesheet once; resolves to the configured default instance. */
export function loadSearch(): Promise<Instance> {
  loading ??= (async () => {
    const css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = `${instanceOptions.bundlePath}pagefind-component-ui.css`;
    // Before the site's own stylesheets, so that ours win where both style the same thing.
    const styles = add(css, document.head.querySelector('link[rel="stylesheet"], style'));
    const ours = document.createElement('link');
    ours.rel = 'stylesheet';
    ours.href = siteSearchCss;
    const script = document.createElement('script');
    script.src = `${instanceOptions.bundlePath}pagefind-component-ui.js`;
    // Fetch Pagefind itself alongside the Component UI rather than after it: the UI imports the
    // same URL, so it finds the module already loaded (one round trip fewer on a phone).
    void import(/* @vite-ignore */ `${instanceOptions.bundlePath}pagefind.js`).catch(() => undefined);
    await Promise.all([styles, add(ours), add(script)]);
    const components = window.PagefindComponents;
    if (!components) throw new Error('Pagefind Component UI did not load');
    const instance = components.configureInstance('default', instanceOptions);
    instance.setTranslations(translations);
    return instance;
  })();
  loading.catch(() => { loading = null; });
  return loading;
}
