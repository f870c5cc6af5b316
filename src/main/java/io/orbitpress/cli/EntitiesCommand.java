package io.orbitpress.cli;

import io.orbitpress.build.NearNames;
import io.orbitpress.build.SiteBuild;
import io.orbitpress.config.EntityKind;
import io.orbitpress.model.Article;
import io.orbitpress.model.Entity;
import io.orbitpress.model.EntityUse;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.json.JsonMapper;

/** {@code orbitpress entities}: what each article is about, and where that was found. */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = "Print the people, missions, organizations and authors found per article.")
final class EntitiesCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site;

    @Mixin
    ReportOptions report;

    /** The {@code new} command that writes a registry file of each built-in kind. */
    private static final Map<String, String> NEW_FILE = Map.of("people", "person", "missions", "mission",
            "organizations", "organization");

    @Option(names = "--suggest", description = "list only the unregistered names introduced by cue phrases"
            + " (\"astronaut Zena Cardman\"), with where they stand, instead of the entities per article"
            + " (--json always holds both)")
    boolean suggest;

    @Option(names = "--json", description = "print JSON (a stable format for other tools)")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        SiteBuild builder = new SiteBuild(site.options());
        SiteBuild.Assembled a = builder.assemble();
        if (!builder.warnings().isEmpty()) {
            // what a build would warn of (two registry files giving one name: where the mentions go)
            PrintWriter err = spec.commandLine().getErr();
            Failures.print(err, builder.warnings(), report.all, "");
            err.flush();
        }
        PrintWriter out = spec.commandLine().getOut();
        // every language's articles, each with the entities as its language names them
        List<Article> articles = new ArrayList<>();
        a.sites().forEach(s -> articles.addAll(s.articles()));
        articles.sort(java.util.Comparator.comparing(Article::path));
        List<EntityKind> kinds = a.site().kinds();
        if (json) {
            Map<String, Object> root = new LinkedHashMap<>();
            List<Object> list = new ArrayList<>();
            for (Article art : articles) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("path", art.path());
                item.put("slug", art.slug());
                Map<String, Object> byKind = new LinkedHashMap<>();
                for (EntityKind k : kinds) {
                    List<Object> uses = new ArrayList<>();
                    for (EntityUse u : uses(art, k)) {
                        Map<String, Object> e = new LinkedHashMap<>();
                        e.put("id", u.entity().id());
                        e.put("source", u.source());
                        e.put("mentions", u.mentions().size());
                        uses.add(e);
                    }
                    byKind.put(k.key(), uses);
                }
                item.put("entities", byKind);
                list.add(item);
            }
            root.put("articles", list);
            List<Object> sugg = new ArrayList<>();
            for (SiteBuild.SuggestionRef s : a.suggestions()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("kind", s.kind());
                m.put("name", s.name());
                m.put("path", s.path());
                m.put("line", s.line());
                sugg.add(m);
            }
            root.put("suggestions", sugg);
            out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(root));
            out.flush();
            return 0;
        }
        if (suggest) {
            // what the build's summary sends people here for, without the per-article listing before it
            out.println(a.suggestions().isEmpty() ? "No suggestions." : "Suggestions (not registered yet):");
            SiteBuild.SuggestionRef toRegister = null; // the first a new file is for
            for (SiteBuild.SuggestionRef s : a.suggestions()) {
                Entity same = NearNames.registered(a.sites(), s, false);
                Entity near = same == null ? NearNames.registered(a.sites(), s, true) : null;
                out.printf("  %s:%d: %s \"%s\"%s%n", s.path(), s.line(), s.kind(), s.name(), same != null
                        ? " (registered as \"" + same.name() + "\" in " + same.path()
                                + ": names are found as written; add \"" + s.name() + "\" to its aliases)"
                        : near != null ? " (registered as \"" + near.name() + "\" in " + near.path() + ", a letter or two"
                                + " off: if it is another spelling of that name, add \"" + s.name() + "\" to its aliases,"
                                + " as names are found as written)" : "");
                same = same != null ? same : near;
                if (toRegister == null && same == null && NEW_FILE.containsKey(s.kind())) {
                    toRegister = s;
                }
            }
            if (toRegister != null) {
                out.printf("Register one with: orbitpress new %s \"%s\"%n", NEW_FILE.get(toRegister.kind()),
                        toRegister.name());
            }
            out.flush();
            return 0;
        }
        for (Article art : articles) {
            out.println(art.path() + " (" + art.slug() + ")");
            for (EntityKind k : kinds) {
                for (EntityUse u : uses(art, k)) {
                    out.printf("  %-14s %-28s %-12s %d mention(s)%n", k.key(), u.entity().id(), u.source(),
                            u.mentions().size());
                }
            }
        }
        out.flush();
        return 0;
    }

    /** The entities of {@code kind} an article is about, then those of that kind who signed it (source "byline"). */
    private static List<EntityUse> uses(Article article, EntityKind kind) {
        List<EntityUse> uses = new ArrayList<>(article.entities().getOrDefault(kind.key(), List.of()));
        for (EntityUse byline : article.desk().bylines()) {
            if (byline.entity().kind().key().equals(kind.key())) {
                uses.add(byline);
            }
        }
        return uses;
    }
}
