/* Orbitpress search: runs in the browser over the index in search/ (see SearchIndex.java), with
   no server, also when the site is opened from disk. The index is small scripts that call
   orbitpressSearch.add(name, data); a query loads meta.js, entities.js, the shards of its words
   (t/<key>.js), then only the articles it shows (d/<id>.js). */
(function () {
  "use strict";
  var script = document.currentScript;
  var local = location.protocol === "file:";
  // The way from this page to the site root: the script's own src minus "assets/search.js".
  var root = script ? script.getAttribute("src").replace(/assets\/search\.js(\?.*)?$/, "") : "";
  var PAGE = 10;
  var K1 = 1.2, B = 0.75, LENGTH_STEP = 1.15;
  var DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  var parts = {};
  var loading = {};
  // The page's texts (search.html's data-* attributes, from the theme's messages) and its language's plural rules.
  var texts = {};
  var plurals;
  try {
    plurals = new Intl.PluralRules(document.documentElement.lang || "en");
  } catch (notATag) {
    plurals = new Intl.PluralRules("en");
  }

  window.orbitpressSearch = {
    add: function (name, data, date) {
      if (date !== undefined) data.date = date;
      parts[name] = data;
    }
  };

  /** Of an ICU message, the end of the part that the brace at `open` begins: the index of its closing brace. */
  function closing(pattern, open) {
    var depth = 0;
    for (var i = open; i < pattern.length; i++) {
      if (pattern.charAt(i) === "{") depth++;
      else if (pattern.charAt(i) === "}" && --depth === 0) return i;
    }
    return pattern.length;
  }

  /**
   * A theme message with `args` put in, as ICU MessageFormat (Texts.java) writes the forms the
   * theme's messages use: {0}, and {0, plural, =0{…} one{…} few{…} many{…} other{…}} with # for
   * the number, the form chosen by the page's language.
   */
  function format(pattern, args) {
    var out = "", at = 0, open;
    pattern = pattern || "";
    while ((open = pattern.indexOf("{", at)) >= 0) {
      var end = closing(pattern, open);
      var arg = /^\s*(\d+)\s*(?:,\s*plural\s*,([\s\S]*))?$/.exec(pattern.slice(open + 1, end));
      out += pattern.slice(at, open);
      if (arg && arg[2] !== undefined) {
        out += plural(arg[2], args[+arg[1]], args);
      } else if (arg) {
        out += String(args[+arg[1]]);
      }
      at = end + 1;
    }
    return out + pattern.slice(at);
  }

  function plural(forms, n, args) {
    var found = {}, re = /\s*(=\d+|[a-z]+)\s*\{/g, m;
    while ((m = re.exec(forms)) !== null) {
      var end = closing(forms, re.lastIndex - 1);
      found[m[1]] = forms.slice(re.lastIndex, end);
      re.lastIndex = end + 1;
    }
    var form = found["=" + n] !== undefined ? found["=" + n] : found[plurals.select(n)] !== undefined
      ? found[plurals.select(n)] : found.other;
    return format((form || "").replace(/#/g, String(n)), args);
  }

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

  // As SearchText.java: compatibility decomposition, no marks, lower case, runs of letters and digits.
  function fold(text) {
    return String(text || "").normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase();
  }

  function words(text) {
    // a possessive is its name ("NASA's" is "nasa"): its "s" alone would be a word every "X's" has
    var found = fold(text).replace(/([\p{L}\p{N}])['\u2019]s(?![\p{L}\p{N}])/gu, "$1").match(/[\p{L}\p{N}]+/gu) || [];
    var out = [];
    for (var i = 0; i < found.length; i++) {
      if (found[i].length <= 40 && out.indexOf(found[i]) < 0) out.push(found[i]);
    }
    return out;
  }

  /**
   * Russian case and number endings, as `fold` writes them (й as и, ё as е), longest first. The
   * index keeps each form a text has ("гагарин", "гагарина"); a query word in another form
   * ("гагарину") is looked for by its stem, as the start of a word.
   */
  var ENDINGS = ["ями", "ами", "ыми", "ими", "ого", "его", "ому", "ему", "ои", "еи", "ии", "ыи", "ом", "ем",
    "ам", "ям", "ах", "ях", "ов", "ев", "ия", "ие", "ью", "ию", "ая", "яя", "ое", "ее", "ые", "ым", "им",
    "ую", "юю", "ых", "их", "а", "я", "о", "е", "ы", "и", "у", "ю", "ь"];

  var CYRILLIC = /^[\u0430-\u044f]+$/;

  /** A Cyrillic word of four letters or more without its ending, keeping three letters at least; else the word. */
  function stem(w) {
    if (w.length < 4 || !CYRILLIC.test(w)) return w;
    for (var i = 0; i < ENDINGS.length; i++) {
      var e = ENDINGS[i];
      if (w.length - e.length >= 3 && w.slice(-e.length) === e) return w.slice(0, -e.length);
    }
    return w;
  }

  /** The query's words as they are looked for: each Cyrillic one by its stem. */
  function queryTerms(query) {
    var out = [];
    written = {};
    words(query).forEach(function (w) {
      var s = stem(w);
      if (out.indexOf(s) < 0) out.push(s);
      (written[s] = written[s] || []).push(w);
    });
    return out;
  }

  /** Per query term (a stem), the words the query wrote it as: a text with one of them ranks first. */
  var written = {};

  /** Loads the index file that registers `name`; resolves with its data (undefined if none). */
  function load(base, file, name) {
    if (parts[name] !== undefined) return Promise.resolve(parts[name]);
    var url = base + file;
    if (!loading[url]) {
      loading[url] = new Promise(function (resolve, reject) {
        var s = document.createElement("script");
        s.src = url;
        s.async = true;
        s.onload = function () { resolve(); };
        s.onerror = function () { reject(new Error(format(texts.failed, [file]))); };
        document.head.appendChild(s);
      });
    }
    return loading[url].then(function () { return parts[name]; });
  }

  function fileName(key) {
    var out = "";
    Array.from(key).forEach(function (c) {
      out += /^[a-z0-9]$/.test(c) ? c : "_" + c.codePointAt(0).toString(16) + "_";
    });
    // as SearchShards.java: no file may bear a name Windows keeps for a device
    return /^(con|prn|aux|nul|com\d|lpt\d)$/.test(out) ? out + "_" : out;
  }

  /** The key of the shard that holds `word` if the index has it: the longest key it starts with, or null. */
  function shardOf(word, keys) {
    var chars = Array.from(word);
    for (var n = chars.length; n >= 1; n--) {
      var k = chars.slice(0, n).join("");
      if (keys.has(k)) return k;
    }
    return null;
  }

  /**
   * The keys of the shards split off by a prefix longer than `word` (they hold words that `word`
   * begins), or none if there are more than MAX_SHARDS.
   */
  var MAX_SHARDS = 6;
  function longerShards(word, keys) {
    var out = [];
    if (word.length < 2) return out;
    keys.forEach(function (k) { if (k.length > word.length && k.lastIndexOf(word, 0) === 0) out.push(k); });
    return out.length <= MAX_SHARDS ? out : [];
  }

  /**
   * The words of the index a query word can be: its own shard's words; and, if the index lacks
   * the word itself, the words of the shards it is the start of ("eng": engine, engineers).
   */
  function wordsFor(base, q, keys) {
    function shard(key) { return load(base, "t/" + fileName(key) + ".js", "t:" + key); }
    var own = shardOf(q, keys);
    return (own === null ? Promise.resolve({}) : shard(own)).then(function (words) {
      words = words || {};
      // a Cyrillic query word is a stem: it stands for every word it starts
      if (words[q] !== undefined && !CYRILLIC.test(q)) return words;
      return Promise.all(longerShards(q, keys).map(shard)).then(function (more) {
        var all = {};
        [words].concat(more).forEach(function (m) { Object.keys(m || {}).forEach(function (w) { all[w] = m[w]; }); });
        return all;
      });
    });
  }

  function decode(postings) {
    var out = [], i = 0, id = -1;
    function number() {
      var n = 0, shift = 0, d;
      do {
        d = DIGITS.indexOf(postings.charAt(i++));
        n += (d & 31) * Math.pow(2, shift);
        shift += 5;
      } while (d >= 32);
      return n;
    }
    while (i < postings.length) {
      id += number();
      var weight = number();
      var length = Math.pow(LENGTH_STEP, DIGITS.indexOf(postings.charAt(i++))) - 1;
      out.push([id, weight, length]);
    }
    return out;
  }

  /** Whether the word `w` answers the query word `q`: the same, or (a prefix match) starting with it. */
  function matches(w, q) {
    var forms = written[q];
    // the word as the query wrote it; else a word the term starts: another form of it ("Платоновым"
    // for "Платонов"), or another word with the same start ("Пётр" for "Петров"), below it
    if (forms ? forms.indexOf(w) >= 0 : w === q) return 1;
    return w === q || q.length >= 2 && w.lastIndexOf(q, 0) === 0 ? 0.7 : 0;
  }

  /**
   * Articles with every query word, ranked by BM25 over the words' weights (headline, summary,
   * body) and lengths; newer first on equal scores.
   */
  function rankArticles(meta, shards, terms) {
    var total = null;
    for (var t = 0; t < terms.length; t++) {
      var q = terms[t], best = {};
      var shard = shards[t] || {};
      Object.keys(shard).forEach(function (w) {
        var m = matches(w, q);
        if (!m) return;
        var list = decode(shard[w]);
        var idf = Math.log(1 + (meta.n - list.length + 0.5) / (list.length + 0.5));
        for (var i = 0; i < list.length; i++) {
          var p = list[i];
          var s = m * idf * p[1] * (K1 + 1) / (p[1] + K1 * (1 - B + B * p[2] / Math.max(1, meta.l)));
          if (!(best[p[0]] >= s)) best[p[0]] = s;
        }
      });
      if (total === null) {
        total = best;
      } else {
        var next = {};
        Object.keys(best).forEach(function (id) {
          if (total[id] !== undefined) next[id] = total[id] + best[id];
        });
        total = next;
      }
    }
    return Object.keys(total || {}).map(function (id) { return { id: +id, score: total[id] }; })
      .sort(function (x, y) { return y.score - x.score || y.id - x.id; });
  }

  /**
   * People, missions and organizations whose name or alias has a query word: more words first,
   * then the better match (name over alias, whole word over prefix), then the one more articles
   * mention ("Soyuz MS-27" in many before "Soyuz MS-02" in one).
   */
  function rankEntities(entities, terms) {
    var found = [];
    entities.e.forEach(function (e) {
      var names = words(e[0]), aliases = words((e[4] || []).join(" "));
      var hits = 0, score = 0;
      terms.forEach(function (q) {
        var best = 0;
        names.forEach(function (w) { best = Math.max(best, 3 * matches(w, q)); });
        aliases.forEach(function (w) { best = Math.max(best, 2 * matches(w, q)); });
        if (best > 0) hits++;
        score += best;
      });
      if (hits > 0) found.push({ e: e, hits: hits, score: score / Math.sqrt(names.length || 1) });
    });
    // the names with the most of the query's words: "crew 11" is Crew-11, not every Crew-N as well
    var most = found.reduce(function (n, f) { return Math.max(n, f.hits); }, 0);
    found = found.filter(function (f) { return f.hits === most; });
    return found.sort(function (x, y) {
      return y.hits - x.hits || y.score - x.score || y.e[3] - x.e[3] || (x.e[0] < y.e[0] ? -1 : x.e[0] > y.e[0] ? 1 : 0);
    });
  }

  /** The edits (a letter added, dropped, changed, or two side by side swapped) that make `a` into `b`. */
  function distance(a, b) {
    a = Array.from(a);
    b = Array.from(b);
    var d = [];
    for (var i = 0; i <= a.length; i++) {
      d.push([i]);
      for (var j = 1; j <= b.length; j++) {
        if (i === 0) { d[0].push(j); continue; }
        var v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2][j - 2] + 1);
        d[i].push(v);
      }
    }
    return d[a.length][b.length];
  }

  /**
   * The query with each word that nothing of the site has (no name, no word of the index) put as
   * the nearest word that is there: one edit off for a word of four to seven letters, two for a
   * longer one; the more frequent of equally near words. Null when no word needs it or none is near.
   */
  function corrected(query, terms, data) {
    var seen = {};
    var candidates = [];
    function offer(w, count) {
      if (seen[w] === undefined) {
        seen[w] = candidates.length;
        candidates.push([w, count]);
      } else {
        candidates[seen[w]][1] += count;
      }
    }
    data.entities.e.forEach(function (e) {
      words(e[0] + " " + (e[4] || []).join(" ")).forEach(function (w) { offer(w, e[3] || 0); });
    });
    data.shards.forEach(function (shard) {
      Object.keys(shard || {}).forEach(function (w) { offer(w, decode(shard[w]).length); });
    });
    var changed = false;
    var out = words(query).map(function (w) {
      var q = stem(w), t = data.needed.indexOf(q);
      if (terms.indexOf(q) >= 0 && t < 0) return w; // a common word: the site has it
      var has = candidates.some(function (c) { return matches(c[0], q) > 0; });
      var n = Array.from(w).length;
      if (has || n < 4) return w;
      var most = n >= 8 ? 2 : 1, best = null;
      candidates.forEach(function (c) {
        var d = Math.abs(Array.from(c[0]).length - n) <= most ? distance(w, c[0]) : most + 1;
        if (d <= most && (best === null || d < best[1] || d === best[1] && c[1] > best[2])) best = [c[0], d, c[1]];
      });
      if (best === null) return w;
      changed = true;
      return best[0];
    });
    return changed ? out.join(" ") : null;
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  /** Appends `text` to `parent`, each word that answers a query word in a <mark>. */
  function highlight(parent, text, terms) {
    var re = /[\p{L}\p{N}]+/gu, at = 0, m;
    text = String(text || "");
    while ((m = re.exec(text)) !== null) {
      var w = fold(m[0]);
      if (terms.some(function (q) { return matches(w, q) > 0; })) {
        if (m.index > at) parent.appendChild(document.createTextNode(text.slice(at, m.index)));
        parent.appendChild(el("mark", null, m[0]));
        at = m.index + m[0].length;
      }
    }
    if (at < text.length) parent.appendChild(document.createTextNode(text.slice(at)));
    return parent;
  }

  /** About 30 words of `text` around the first place most query words are near, or null if none is there. */
  function excerpt(text, terms) {
    var re = /[\p{L}\p{N}]+/gu, spans = [], m;
    while ((m = re.exec(text)) !== null) {
      var w = fold(m[0]), q = -1;
      for (var i = 0; i < terms.length; i++) if (matches(w, terms[i])) { q = i; break; }
      spans.push([m.index, m.index + m[0].length, q]);
    }
    var best = -1, bestCount = 0, WINDOW = 30;
    for (var s = 0; s < spans.length; s++) {
      if (spans[s][2] < 0) continue;
      var seen = {}, count = 0;
      for (var j = s; j < Math.min(spans.length, s + WINDOW); j++) {
        if (spans[j][2] >= 0 && !seen[spans[j][2]]) { seen[spans[j][2]] = true; count++; }
      }
      if (count > bestCount) { best = s; bestCount = count; }
      if (count === terms.length) break;
    }
    if (best < 0) return null;
    var from = Math.max(0, best - 8), to = Math.min(spans.length - 1, from + WINDOW - 1);
    return (from > 0 ? "\u2026 " : "") + text.slice(spans[from][0], spans[to][1]) + (to < spans.length - 1 ? " \u2026" : "");
  }

  function articleItem(d, terms) {
    var li = el("li", "search-result");
    var meta = el("p", "meta");
    meta.appendChild(el("time", null, d.date));
    if (d.g && d.g.length) meta.appendChild(document.createTextNode(" \u00b7 " + d.g.join(", ")));
    li.appendChild(meta);
    var h = el("h2", "card-title");
    var link = highlight(el("a"), d.t, terms);
    link.href = folderLink(root + d.u);
    h.appendChild(link);
    li.appendChild(h);
    if (d.s) li.appendChild(highlight(el("p", "dek"), d.s, terms));
    var inSummary = words(d.t + " " + d.s);
    var rest = terms.filter(function (q) { return !inSummary.some(function (w) { return matches(w, q); }); });
    var snippet = rest.length ? excerpt(d.b || "", terms) : null;
    if (snippet) li.appendChild(highlight(el("p", "search-snippet"), snippet, terms));
    if (d.n && d.n.length) {
      var names = d.n.slice(0, 4).join(", ") + (d.n.length > 4 ? " " + format(texts.moreNames, [d.n.length - 4]) : "");
      li.appendChild(el("p", "meta", names));
    }
    return li;
  }

  function entityItem(e, kinds, terms) {
    var li = el("li", "search-result search-entity");
    li.appendChild(el("p", "meta", kinds[e[1]] || ""));
    var h = el("h2", "card-title");
    var link = highlight(el("a"), e[0], terms);
    link.href = folderLink(root + e[2]);
    h.appendChild(link);
    li.appendChild(h);
    li.appendChild(el("p", "dek", (e[5] ? e[5] + " \u00b7 " : "") + format(texts.articles, [e[3]])));
    return li;
  }

  function Search(base, list, status, more) {
    this.base = base;
    this.list = list;
    this.status = status;
    this.more = more;
    this.hint = status.textContent;
    this.run = 0;
  }

  /** Shows what `query` finds; `typed`, the reader's query when `query` is its correction. */
  Search.prototype.show = function (query, typed) {
    var self = this, run = ++this.run, terms = queryTerms(query);
    this.list.textContent = "";
    this.more.hidden = true;
    if (terms.length === 0) {
      this.status.textContent = this.hint;
      return Promise.resolve();
    }
    this.status.textContent = texts.searching || "";
    var base = this.base;
    return Promise.all([load(base, "meta.js", "m"), load(base, "entities.js", "e")]).then(function (loaded) {
      var meta = loaded[0], keys = new Set(meta.s), common = meta.c || {};
      // words in most articles are left to the others; of common words only, the two rarest count
      var needed = terms.filter(function (q) { return common[q] === undefined; });
      if (needed.length === 0) {
        needed = terms.slice().sort(function (x, y) { return common[x] - common[y]; }).slice(0, 2);
      }
      return Promise.all(needed.map(function (q) {
        return wordsFor(base, q, keys);
      })).then(function (shards) {
        return { meta: meta, entities: loaded[1], shards: shards, needed: needed };
      });
    }).then(function (data) {
      if (run !== self.run) return;
      var entities = rankEntities(data.entities, terms).slice(0, 5);
      var articles = rankArticles(data.meta, data.shards, data.needed);
      var count = entities.length + articles.length;
      var better = typed === undefined && articles.length === 0 ? corrected(query, terms, data) : null;
      if (better !== null) return self.show(better, query);
      self.status.textContent = typed === undefined || count === 0 ? format(texts.results, [count, typed || query])
        : format(texts.corrected, [count, query, typed]);
      entities.forEach(function (r) { self.list.appendChild(entityItem(r.e, data.entities.k, terms)); });
      var shown = 0;
      // the button stays where it is while a page loads (hiding it would drop the keyboard's focus
      // to the top of the page); asked for by the button, the focus goes to the first new result
      function page(asked) {
        var next = articles.slice(shown, shown + PAGE);
        shown += next.length;
        self.more.disabled = true;
        return Promise.all(next.map(function (r) { return load(base, "d/" + r.id + ".js", "d:" + r.id); }))
          .then(function (docs) {
            if (run !== self.run) return;
            var first = null;
            docs.forEach(function (d) {
              if (!d) return;
              var item = articleItem(d, terms);
              self.list.appendChild(item);
              first = first || item;
            });
            self.more.disabled = false;
            self.more.hidden = shown >= articles.length;
            var link = asked && first && first.querySelector("a");
            if (link) link.focus();
          });
      }
      self.more.onclick = function () { page(true); };
      return page(false);
    }).catch(function (error) {
      if (run === self.run) self.status.textContent = error.message;
    });
  };

  function start() {
    fixFormsOnDisk();
    var list = document.getElementById("search-results");
    if (!list) return;
    var input = document.getElementById("search-q");
    var status = document.getElementById("search-status");
    var more = document.getElementById("search-more") || el("button");
    // a search.html ejected before the page carried its texts has none: it gets the English ones
    texts = { searching: list.getAttribute("data-searching") || "Searching\u2026",
      results: list.getAttribute("data-results") || "{0, plural, =0{Nothing found for \u201c{1}\u201d.} "
        + "one{# result for \u201c{1}\u201d.} other{# results for \u201c{1}\u201d.}}",
      articles: list.getAttribute("data-articles") || "{0, plural, one{# article} other{# articles}}",
      moreNames: list.getAttribute("data-more-names") || "+{0} more",
      failed: list.getAttribute("data-failed") || "The search index could not be loaded ({0}).",
      corrected: list.getAttribute("data-corrected") || "{0, plural, one{Nothing found for \u201c{2}\u201d. "
        + "Showing # result for \u201c{1}\u201d.} other{Nothing found for \u201c{2}\u201d. Showing # results for "
        + "\u201c{1}\u201d.}}" };
    var search = new Search(root + (list.getAttribute("data-index") || "search/"), list, status, more);
    // the language switch leads to the other language's search page with the same query
    var switches = Array.prototype.filter.call(document.querySelectorAll(".language-switch a[href]"), function (a) {
      return /\/search\/(index\.html)?$/.test(new URL(a.href, location.href).pathname);
    });
    function carry(q) {
      switches.forEach(function (a) {
        var to = new URL(a.getAttribute("href"), location.href);
        if (q) to.searchParams.set("q", q); else to.searchParams.delete("q");
        a.setAttribute("href", a.getAttribute("href").replace(/[?#].*$/, "") + to.search);
      });
    }
    var query = new URLSearchParams(location.search).get("q") || "";
    input.value = query;
    carry(query);
    search.show(query);
    var shown = query, pause = null;
    function run(q) {
      clearTimeout(pause);
      shown = q;
      var url = new URL(location.href);
      url.searchParams.set("q", q);
      try { history.replaceState(null, "", url.href); } catch (ignored) { /* some file:// pages refuse */ }
      carry(q);
      search.show(q);
    }
    input.form.addEventListener("submit", function (event) {
      event.preventDefault();
      run(input.value);
    });
    // as the reader types: once they pause, and once the word they are typing has two letters
    // ("zena c" would find nothing: a one-letter word is no start of words); the button searches any query
    input.addEventListener("input", function () {
      clearTimeout(pause);
      var q = input.value;
      if (q.trim() === shown.trim() || /(^|\s)[^\s]$/u.test(q.trim())) return;
      pause = setTimeout(function () { run(q); }, 300);
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
