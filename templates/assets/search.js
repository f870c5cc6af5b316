/* Orbitpress search: runs in the browser over window.ORBITPRESS_SEARCH (search-index.js),
   with no server, also when the site is opened from disk. */
(function () {
  "use strict";
  var script = document.currentScript;
  var local = location.protocol === "file:";
  // The way from this page to the site root: the script's own src minus "assets/search.js".
  var root = script ? script.getAttribute("src").replace(/assets\/search\.js(\?.*)?$/, "") : "";

  function folderLink(url) {
    // A folder page opened from disk is its index.html.
    return local && /\/$/.test(url) ? url + "index.html" : url;
  }

  function fixFormsOnDisk() {
    if (!local) return;
    var forms = document.querySelectorAll("form[role=search]");
    for (var i = 0; i < forms.length; i++) {
      var action = forms[i].getAttribute("action");
      if (action && /\/$/.test(action)) forms[i].setAttribute("action", action + "index.html");
    }
  }

  function fold(text) {
    return String(text || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function words(query) {
    return fold(query).split(/[^\p{L}\p{N}]+/u).filter(function (w) { return w.length > 0; });
  }

  function haystack(fields) {
    return fold(fields.flat ? fields.flat().join(" \u0001 ") : fields.join(" \u0001 "));
  }

  function score(item, terms, heavy, light) {
    var total = 0;
    for (var i = 0; i < terms.length; i++) {
      var t = terms[i];
      if (heavy.indexOf(t) >= 0) total += 3;
      else if (light.indexOf(t) >= 0) total += 1;
      else return 0; // every word must be found
    }
    return total;
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function search(index, query) {
    var terms = words(query);
    var found = [];
    if (terms.length === 0) return found;
    index.entities.forEach(function (e) {
      var s = score(e, terms, haystack([e.name, e.aliases]), haystack([e.role]));
      if (s > 0) found.push({ score: s + 2, entity: e });
    });
    index.articles.forEach(function (a) {
      var names = [a.title];
      Object.keys(index.kinds).forEach(function (k) {
        names.push(a[k] || [], a[k + "Aliases"] || []);
      });
      var s = score(a, terms, haystack(names), haystack([a.summary, a.tags, a.author, a.date]));
      if (s > 0) found.push({ score: s, article: a });
    });
    found.sort(function (x, y) {
      return y.score - x.score || String((y.article || {}).date).localeCompare(String((x.article || {}).date));
    });
    return found.slice(0, 50);
  }

  function show(index, query, list, status) {
    list.textContent = "";
    var found = search(index, query);
    if (!query.trim()) {
      status.textContent = "Type a name, such as an astronaut or a mission, then press Search.";
      return;
    }
    status.textContent = found.length === 0 ? "Nothing found for \u201c" + query + "\u201d."
      : found.length + (found.length === 1 ? " result" : " results") + " for \u201c" + query + "\u201d.";
    found.forEach(function (r) {
      var li = el("li", "search-result");
      var link = el("a", null, r.article ? r.article.title : r.entity.name);
      link.href = folderLink(root + (r.article ? r.article.url : r.entity.url));
      if (r.article) {
        var a = r.article;
        li.appendChild(el("p", "meta", a.date + (a.tags.length ? " \u00b7 " + a.tags.join(", ") : "")));
        var h = el("h2", "card-title");
        h.appendChild(link);
        li.appendChild(h);
        li.appendChild(el("p", "dek", a.summary));
        var who = [];
        Object.keys(index.kinds).forEach(function (k) { who = who.concat(a[k] || []); });
        if (who.length) li.appendChild(el("p", "meta", who.join(", ")));
      } else {
        var e = r.entity;
        var kind = index.kinds[e.kind] || e.kind;
        li.appendChild(el("p", "meta", kind));
        var h2 = el("h2", "card-title");
        h2.appendChild(link);
        li.appendChild(h2);
        li.appendChild(el("p", "dek", (e.role ? e.role + " \u00b7 " : "") + e.articles + (e.articles === 1 ? " article" : " articles")));
      }
      list.appendChild(li);
    });
  }

  function start() {
    fixFormsOnDisk();
    var list = document.getElementById("search-results");
    var index = window.ORBITPRESS_SEARCH;
    if (!list || !index) return;
    var input = document.getElementById("search-q");
    var status = document.getElementById("search-status");
    var form = input.form;
    var query = new URLSearchParams(location.search).get("q") || "";
    input.value = query;
    show(index, query, list, status);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var q = input.value;
      var url = new URL(location.href);
      url.searchParams.set("q", q);
      try { history.replaceState(null, "", url.href); } catch (ignored) { /* some file:// pages refuse */ }
      show(index, q, list, status);
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
