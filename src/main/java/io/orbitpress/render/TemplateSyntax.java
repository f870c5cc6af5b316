package io.orbitpress.render;

import io.orbitpress.diag.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.cache.NonCacheableCacheEntryValidity;
import org.thymeleaf.context.ExpressionContext;
import org.thymeleaf.engine.TemplateData;
import org.thymeleaf.engine.TemplateModel;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.model.IAttribute;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.model.ITemplateEvent;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * The mistakes in a site's own templates that show without rendering a page: markup the parser
 * refuses, and {@code th:} attributes whose expression does not parse (a closing brace left out).
 * A build whose content has errors renders nothing, so these would only show in the build after
 * the content is mended; the build reports them with the content's problems instead. Only the
 * attributes whose value is one expression are read (not {@code th:each}, {@code th:with},
 * {@code th:attr}, fragments and the like, nor inlined text): what this finds, rendering would.
 */
public final class TemplateSyntax {

    /** The {@code th:} attributes whose value is not a single standard expression. */
    private static final Set<String> NOT_ONE_EXPRESSION = Set.of("each", "with", "attr", "attrappend",
            "attrprepend", "fragment", "replace", "insert", "include", "substituteby", "remove", "inline", "case",
            "block", "ref", "assert");

    /** The files of a templates folder that are templates (messages files and the like are not). */
    private static final java.util.regex.Pattern TEMPLATE = java.util.regex.Pattern.compile(".*\\.(html|xml|txt|json|js)");

    private TemplateSyntax() {
    }

    /** The problems of the templates in {@code folder} (its {@code assets/} aside), file by file. */
    public static List<Diagnostic> problems(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> all = Files.walk(folder)) {
            files = all.filter(Files::isRegularFile).filter(f -> !folder.relativize(f).startsWith("assets"))
                    .filter(f -> TEMPLATE.matcher(f.getFileName().toString()).matches()).sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of(); // the build reads them again and says what is wrong with the folder
        }
        IEngineConfiguration config = engine().getConfiguration();
        List<Diagnostic> out = new ArrayList<>();
        for (Path f : files) {
            String display = "templates/" + folder.relativize(f).toString().replace('\\', '/');
            String text;
            try {
                text = Files.readString(f, StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                continue;
            }
            out.addAll(problems(config, display, text, TemplateRenderer.mode(f.getFileName().toString())));
        }
        return out;
    }

    private static TemplateEngine engine() {
        TemplateEngine engine = new TemplateEngine();
        engine.setDialect(new org.thymeleaf.standard.StandardDialect());
        return engine;
    }

    /** The problems of one template's text, named {@code display} in messages. */
    static List<Diagnostic> problems(IEngineConfiguration config, String display, String text, TemplateMode mode) {
        List<Diagnostic> out = new ArrayList<>();
        TemplateModel model;
        try {
            TemplateData data = new TemplateData(display, null, null, mode, NonCacheableCacheEntryValidity.INSTANCE);
            model = config.getTemplateManager().parseString(data, text, 0, 0, mode, false);
        } catch (TemplateProcessingException e) {
            out.add(Diagnostic.error(display, Math.max(0, e.getLine() == null ? 0 : e.getLine()),
                    Math.max(0, e.getCol() == null ? 0 : e.getCol()), TemplateRenderer.explain(TemplateRenderer.message(e), null)));
            return out;
        }
        ExpressionContext context = new ExpressionContext(config);
        for (int i = 0; i < model.size(); i++) {
            ITemplateEvent event = model.get(i);
            if (!(event instanceof IProcessableElementTag tag)) {
                continue;
            }
            for (IAttribute a : tag.getAllAttributes()) {
                String name = a.getAttributeCompleteName();
                String local = name.startsWith("th:") ? name.substring(3) : name.startsWith("data-th-") ? name.substring(8)
                        : null;
                if (local == null || NOT_ONE_EXPRESSION.contains(local) || a.getValue() == null
                        || a.getValue().isBlank()) {
                    continue;
                }
                try {
                    StandardExpressions.getExpressionParser(config).parseExpression(context, a.getValue());
                } catch (TemplateProcessingException e) {
                    out.add(Diagnostic.error(display, a.getLine(), a.getCol(),
                            TemplateRenderer.explain(TemplateRenderer.message(e), null) + " (in " + name + ")"));
                }
            }
        }
        return out;
    }
}
