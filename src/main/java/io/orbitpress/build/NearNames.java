package io.orbitpress.build;

import io.orbitpress.diag.Diagnostics;
import io.orbitpress.diag.Spelling;
import io.orbitpress.model.Entity;
import io.orbitpress.model.Site;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The registered entity an unregistered name may be another spelling of. Names are found as
 * written: a story that writes "Sergei Ryzhikov" for the registered "Sergey Ryzhikov", or "Frank
 * de Winne" for "Frank De Winne", neither links to that page nor puts its quotes there, and the
 * build says so where the name stands.
 */
public final class NearNames {

    private NearNames() {
    }

    /**
     * The registered entity of the suggestion's kind, in any of {@code sites}' languages, whose name
     * or an alias is the suggested name in other capitals, or with {@code near} one a letter or two
     * off it in as many words (names of eight letters or more); null when none.
     */
    public static Entity registered(List<Site> sites, SiteBuild.SuggestionRef s, boolean near) {
        String name = s.name();
        Predicate<String> fits = !near ? n -> n.equalsIgnoreCase(name)
                : n -> words(n) == words(name) && n.length() >= 8
                        && Spelling.distance(n.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT)) <= 2;
        for (Site site : sites) {
            for (Site.EntityIndex index : site.entities(s.kind())) {
                Entity e = index.entity();
                if (!e.described() || e.path().isEmpty()) {
                    continue;
                }
                if (fits.test(e.name()) || e.aliases().stream().anyMatch(fits)) {
                    return e;
                }
            }
        }
        return null;
    }

    /** A warning at each suggested name that is a registered entity's name written otherwise. */
    static void warn(List<Site> sites, List<SiteBuild.SuggestionRef> suggestions, Diagnostics d) {
        for (SiteBuild.SuggestionRef s : suggestions) {
            Entity same = registered(sites, s, false);
            Entity near = same == null ? registered(sites, s, true) : null;
            if (same == null && near == null) {
                continue;
            }
            Entity e = same != null ? same : near;
            String what = e.kind().singular().toLowerCase(Locale.ROOT) + " \"" + e.name() + "\" (" + e.path() + ")";
            String fix = "add \"" + s.name() + "\" to that file's aliases, or write the name as registered, so that"
                    + " the story links to the page and its quotes are shown there";
            String written = "\"" + s.name() + "\" is ";
            d.warning(s.path(), s.line(), s.column(), same != null
                    ? written + "the " + what + " in other capitals, and names are found as written: " + fix
                    : written + "a letter or two off the " + what + ", and names are found as written: if it is"
                            + " another spelling of that name, " + fix + "; if it is someone else, give them a"
                            + " registry file of their own");
        }
    }

    private static int words(String name) {
        return name.trim().split("\\s+").length;
    }
}
