package io.orbitpress.preview;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The live-reload script and its injection into served HTML. Only the copies held in memory
 * are changed; nothing on disk ever carries the script.
 */
final class ReloadScript {

    static final String PATH = "/_orbitpress/reload.js";
    static final String TAG = "<script src=\"" + PATH + "\" defer></script>";

    /**
     * Listens on {@code /_orbitpress/events}: {@code reload} reloads the page (or goes to / when
     * the page is gone), {@code css} refreshes stylesheets in place, {@code error} shows every
     * diagnostic in an overlay. The status fetched at start shows the overlay on pages loaded
     * while the last build is failing.
     */
    static final String SOURCE = """
            (() => {
              'use strict';
              const OVERLAY = 'orbitpress-errors';

              function showErrors(list) {
                let box = document.getElementById(OVERLAY);
                if (!box) {
                  box = document.createElement('div');
                  box.id = OVERLAY;
                  box.setAttribute('role', 'alert');
                  box.style.cssText = 'position:fixed;inset:0;z-index:2147483647;overflow:auto;'
                    + 'margin:0;padding:2rem;background:rgba(24,24,28,.95);color:#fff;'
                    + 'font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,monospace;white-space:pre-wrap;';
                  document.body.appendChild(box);
                }
                box.textContent = '';
                const title = document.createElement('h2');
                title.textContent = 'The last build failed; this page shows the last good one.';
                box.appendChild(title);
                const items = document.createElement('ul');
                for (const line of list) {
                  const item = document.createElement('li');
                  item.textContent = line;
                  items.appendChild(item);
                }
                box.appendChild(items);
                const hint = document.createElement('p');
                hint.textContent = 'Fix the file and save it: the page reloads when the build succeeds.';
                box.appendChild(hint);
              }

              function hideErrors() {
                const box = document.getElementById(OVERLAY);
                if (box) box.remove();
              }

              async function reload() {
                hideErrors();
                try {
                  const r = await fetch(location.pathname, { method: 'HEAD', cache: 'no-store' });
                  if (r.status === 404 && location.pathname !== '/') {
                    location.href = '/';
                    return;
                  }
                } catch (e) { /* the server restarts: reload anyway */ }
                location.reload();
              }

              function refreshStylesheets() {
                const version = String(Date.now());
                for (const link of document.querySelectorAll('link[rel~="stylesheet"]')) {
                  const url = new URL(link.href, location.href);
                  if (url.origin !== location.origin) continue;
                  url.searchParams.set('v', version);
                  link.href = url.href;
                }
              }

              fetch('/_orbitpress/status', { cache: 'no-store' })
                .then(r => r.json())
                .then(s => { if (s.errors && s.errors.length) showErrors(s.errors); })
                .catch(() => {});

              const events = new EventSource('/_orbitpress/events');
              events.addEventListener('reload', reload);
              events.addEventListener('css', refreshStylesheets);
              events.addEventListener('error', e => {
                // Also fired without data when the connection drops; EventSource reconnects.
                if (e.data) showErrors(JSON.parse(e.data));
              });
            })();
            """;

    private ReloadScript() {
    }

    /** The page with the script tag before its last {@code </body>}, or at the end when it has none. */
    static byte[] inject(byte[] html) {
        String text = new String(html, StandardCharsets.UTF_8);
        int at = text.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        String withScript = at < 0 ? text + TAG + "\n" : text.substring(0, at) + TAG + "\n" + text.substring(at);
        return withScript.getBytes(StandardCharsets.UTF_8);
    }
}
