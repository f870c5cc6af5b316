package io.orbitpress.preview;

import java.nio.charset.StandardCharsets;

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
        byte[] tag = TAG_LINE;
        int at = lastBodyEnd(html);
        byte[] out = new byte[html.length + tag.length];
        int split = at < 0 ? html.length : at;
        System.arraycopy(html, 0, out, 0, split);
        System.arraycopy(tag, 0, out, split, tag.length);
        System.arraycopy(html, split, out, split + tag.length, html.length - split);
        return out;
    }

    private static final byte[] TAG_LINE = (TAG + "\n").getBytes(StandardCharsets.UTF_8);
    private static final byte[] BODY_END = "</body>".getBytes(StandardCharsets.US_ASCII);

    /** Where the last {@code </body>} starts, in any letter case; -1 when there is none. */
    private static int lastBodyEnd(byte[] html) {
        outer:
        for (int i = html.length - BODY_END.length; i >= 0; i--) {
            for (int j = 0; j < BODY_END.length; j++) {
                byte b = html[i + j];
                if (b >= 'A' && b <= 'Z') {
                    b += 'a' - 'A';
                }
                if (b != BODY_END[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
