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
     * Listens on {@code /_orbitpress/events}: {@code reload} reloads the page (or, when the page is
     * gone, goes where it went, its file renamed or its slug changed, else to /), {@code css}
     * refreshes stylesheets in place (reloads a page that carries its stylesheet inline, the 404 page), {@code error} shows every diagnostic in an overlay. The status fetched at start shows the overlay on pages loaded
     * while the last build is failing, and the warnings about the page's file in a corner.
     */
    static final String SOURCE = """
            (() => {
              'use strict';
              const OVERLAY = 'orbitpress-errors';
              const NOTE = 'orbitpress-warnings';

              // the element id, made as a tag with that role and style when the page has none, emptied
              function panel(id, tag, role, css) {
                let box = document.getElementById(id);
                if (!box) {
                  box = document.createElement(tag);
                  box.id = id;
                  box.setAttribute('role', role);
                  box.style.cssText = css;
                  document.body.appendChild(box);
                }
                box.textContent = '';
                return box;
              }

              function listOf(lines) {
                const items = document.createElement('ul');
                for (const line of lines) {
                  const item = document.createElement('li');
                  item.textContent = line;
                  items.appendChild(item);
                }
                return items;
              }

              function showErrors(list) {
                const box = panel(OVERLAY, 'div', 'alert', 'position:fixed;inset:0;z-index:2147483647;overflow:auto;'
                  + 'margin:0;padding:2rem;background:rgba(24,24,28,.95);color:#fff;'
                  + 'font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,monospace;white-space:pre-wrap;');
                const title = document.createElement('h2');
                title.textContent = 'The last build failed; this page shows the last good one.';
                box.appendChild(title);
                box.appendChild(listOf(list));
                const hint = document.createElement('p');
                hint.textContent = 'Fix the file and save it: the page reloads when the build succeeds.';
                box.appendChild(hint);
              }

              // the build's warnings about this page's file, folded in a corner until opened
              function showWarnings(list) {
                if (!list || !list.length) {
                  const box = document.getElementById(NOTE);
                  if (box) box.remove();
                  return;
                }
                const box = panel(NOTE, 'details', 'status', 'position:fixed;right:1rem;bottom:1rem;z-index:2147483646;'
                  + 'max-width:min(44rem,calc(100vw - 2rem));max-height:60vh;overflow:auto;'
                  + 'padding:.5rem .75rem;background:#fff8e1;color:#3b2c00;border:1px solid #b08a00;'
                  + 'border-radius:.4rem;box-shadow:0 2px 10px rgba(0,0,0,.25);'
                  + 'font:13px/1.5 ui-monospace,SFMono-Regular,Menlo,monospace;white-space:pre-wrap;');
                const summary = document.createElement('summary');
                summary.style.cursor = 'pointer';
                summary.textContent = list.length + (list.length === 1 ? ' warning' : ' warnings')
                  + ' about the file of this page';
                box.appendChild(summary);
                const items = listOf(list);
                items.style.cssText = 'margin:.5rem 0 0;padding-left:1.25rem;';
                box.appendChild(items);
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
                    // the page's file renamed or its slug changed: where it went; else the home page
                    let to = '/';
                    try {
                      const s = await (await fetch('/_orbitpress/status?page=' + encodeURIComponent(location.pathname),
                        { cache: 'no-store' })).json();
                      if (s.moved) to = s.moved;
                    } catch (e) { /* home */ }
                    location.href = to;
                    return;
                  }
                } catch (e) { /* the server restarts: reload anyway */ }
                location.reload();
              }

              function refreshStylesheets() {
                // the page served at any address (404) carries the theme's stylesheet inside itself,
                // allowed by its hash: only the page made again has the new one
                if (document.querySelector('head > style')) {
                  location.reload();
                  return;
                }
                const version = String(Date.now());
                for (const link of document.querySelectorAll('link[rel~="stylesheet"]')) {
                  const url = new URL(link.href, location.href);
                  if (url.origin !== location.origin) continue;
                  url.searchParams.set('v', version);
                  link.href = url.href;
                }
              }

              // the build this page was served from, as its answer's Server-Timing header names it; null when the
              // browser does not tell
              const served = (() => {
                try {
                  const page = performance.getEntriesByType('navigation')[0];
                  const timing = page && page.serverTiming ? page.serverTiming.find(t => t.name === 'orbitpress') : null;
                  return timing ? timing.description : null;
                } catch (e) {
                  return null;
                }
              })();

              // Whether a build that succeeded came after the page's: one served just before a rebuild, or
              // whose stream dropped while one ended (the server stopped and started again), missed its event.
              // Once per build, so that a browser showing an old header never reloads for ever.
              function behind(s) {
                if (served === null || !s.ok || !s.build || s.build === served) return false;
                try {
                  const key = 'orbitpress-reloaded:' + location.pathname;
                  if (sessionStorage.getItem(key) === s.build) return false;
                  sessionStorage.setItem(key, s.build);
                  return true;
                } catch (e) {
                  return false;
                }
              }

              // at start, and whenever the stream opens again: what the events it missed would have told
              function status() {
                fetch('/_orbitpress/status?page=' + encodeURIComponent(location.pathname), { cache: 'no-store' })
                  .then(r => r.json())
                  .then(s => {
                    if (behind(s)) {
                      reload();
                      return;
                    }
                    if (s.errors && s.errors.length) showErrors(s.errors); else hideErrors();
                    showWarnings(s.warnings);
                    // the page has the status of this build now (what a test waits for)
                    document.documentElement.dataset.orbitpressStatus = String(s.generation);
                  })
                  .catch(() => {});
              }

              status();
              const events = new EventSource('/_orbitpress/events');
              events.addEventListener('open', status);
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
        html = allowingConnections(html);
        byte[] tag = TAG_LINE;
        int at = lastBodyEnd(html);
        byte[] out = new byte[html.length + tag.length];
        int split = at < 0 ? html.length : at;
        System.arraycopy(html, 0, out, 0, split);
        System.arraycopy(tag, 0, out, split, tag.length);
        System.arraycopy(html, split, out, split + tag.length, html.length - split);
        return out;
    }

    private static final java.util.regex.Pattern HEAD_END = java.util.regex.Pattern.compile("</head\\s*>",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern META = java.util.regex.Pattern.compile("<meta\\b[^>]*>",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern CSP = java.util.regex.Pattern.compile(
            "http-equiv\\s*=\\s*[\"']?content-security-policy", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern CONTENT = java.util.regex.Pattern.compile(
            "\\bcontent\\s*=\\s*(\"([^\"]*)\"|'([^']*)')", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * {@code html} with {@code connect-src 'self'} added to a Content-Security-Policy of its own that
     * keeps the script from reaching the server (the 404 page's {@code default-src 'none'}): without
     * it, the preview's 404 page neither reloaded when the page came to be nor showed why a story
     * failed. The preview's copy only; a page whose policy lets it connect is left as it is.
     */
    static byte[] allowingConnections(byte[] html) {
        // bytes as characters one for one: what is put back is the page's own bytes
        String text = new String(html, StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher headEnd = HEAD_END.matcher(text);
        int head = headEnd.find() ? headEnd.start() : Math.min(text.length(), 16_384);
        java.util.regex.Matcher meta = META.matcher(text).region(0, head);
        while (meta.find()) {
            String tag = meta.group();
            java.util.regex.Matcher content = CONTENT.matcher(tag);
            if (!CSP.matcher(tag).find() || !content.find()) {
                continue;
            }
            String policy = content.group(2) != null ? content.group(2) : content.group(3);
            if (connects(policy)) {
                continue;
            }
            int at = meta.start() + content.start(content.group(2) != null ? 2 : 3);
            return (text.substring(0, at) + "connect-src 'self'; " + text.substring(at))
                    .getBytes(StandardCharsets.ISO_8859_1);
        }
        return html;
    }

    /** Whether {@code policy} lets the page's script connect to its own server. */
    private static boolean connects(String policy) {
        String defaults = null;
        for (String directive : policy.split(";")) {
            String d = directive.strip().toLowerCase(java.util.Locale.ROOT);
            if (d.startsWith("connect-src")) {
                return true;
            }
            if (d.startsWith("default-src")) {
                defaults = d;
            }
        }
        return defaults == null || defaults.contains("'self'") || defaults.matches("default-src(\\s.*)?\\s\\*(\\s.*)?");
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
