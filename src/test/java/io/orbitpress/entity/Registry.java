package io.orbitpress.entity;

import java.util.List;

import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/** The registry and parser the entity tests share. */
final class Registry {
    static final Parser PARSER = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .extensions(List.of(TablesExtension.create(), StrikethroughExtension.create(),
                    AutolinkExtension.create(), FootnotesExtension.create()))
            .build();

    static final MentionExtractor EXTRACTOR = builder().build();

    private static MentionExtractor.Builder builder() {
        return MentionExtractor.builder()
            .entity(person("zena-cardman", "Zena Cardman"))
            .entity(person("michael-fincke", "Michael Fincke", "Mike Fincke"))
            .entity(person("kimiya-yui", "Kimiya Yui"))
            .entity(person("oleg-platonov", "Oleg Platonov"))
            .entity(person("sean-duffy", "Sean Duffy"))
            .entity(person("dmitry-bakanov", "Dmitry Bakanov"))
            .entity(person("anna-berg", "Anna Berg"))
            .entity(person("tomas-berg", "Tomas Berg"))
            .entity(person("raphael-liegeois", "Raphaël Liégeois"))
            .entity(person("andre-kuipers", "Andre Kuipers"))
            .entity(person("jin-wu", "Jin Wu"))
            .entity(person("butch-wilmore", "Butch Wilmore", "Barry \"Butch\" Wilmore"))
            .entity(new EntityName("missions", "crew-11", "Crew-11", List.of("SpaceX Crew-11"), false))
            .entity(new EntityName("missions", "iss", "International Space Station", List.of("ISS", "space station"), false))
            .entity(new EntityName("spacecraft", "crew-dragon", "Crew Dragon", List.of(), false))
            .entity(new EntityName("spacecraft", "dragon", "Dragon", List.of(), false))
            .entity(org("nasa", "NASA", "National Aeronautics and Space Administration"))
            .entity(org("roscosmos", "Roscosmos"))
            .entity(org("jaxa", "JAXA"))
            .entity(org("spacex", "SpaceX"))
            .entity(org("boeing", "Boeing"))
            .defaults();
    }

    private Registry() {
    }

    static Node parse(String markdown) {
        return PARSER.parse(markdown);
    }

    static Extraction extract(String markdown) {
        return EXTRACTOR.extract(parse(markdown));
    }

    private static EntityName person(String id, String name, String... aliases) {
        return new EntityName("people", id, name, List.of(aliases), true);
    }

    private static EntityName org(String id, String name, String... aliases) {
        return new EntityName("organizations", id, name, List.of(aliases), false);
    }
}
