package io.orbitpress.render;

import io.orbitpress.diag.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.FileTemplateResolver;
import org.thymeleaf.util.FastStringWriter;

/**
 * The Thymeleaf engine over the site's {@code templates/} folder, built once and shared by the
 * render threads. Files ending in .xml render in XML mode, .txt, .json and .js in text mode, the rest as HTML.
 */
public final class TemplateRenderer {

    private final TemplateEngine engine;
    private final Path folder;
    private final Locale locale;
    private final Map<String, Integer> sizes = new ConcurrentHashMap<>();

    public TemplateRenderer(Path templates, Locale locale) {
        this.folder = templates.toAbsolutePath().normalize();
        this.locale = locale;
        FileTemplateResolver resolver = new FileTemplateResolver();
        resolver.setPrefix(folder.toString() + "/");
        resolver.setCharacterEncoding("UTF-8");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.getXmlTemplateModePatternSpec().addPattern("*.xml");
        resolver.getTextTemplateModePatternSpec().addPattern("*.txt");
        resolver.getTextTemplateModePatternSpec().addPattern("*.json");
        resolver.getTextTemplateModePatternSpec().addPattern("*.js");
        resolver.setCacheable(true);
        resolver.setCheckExistence(true);
        this.engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setCacheManager(caches());
        StandardDialect dialect = new StandardDialect();
        dialect.setVariableExpressionEvaluator(new PathEvaluator());
        engine.setDialect(dialect);
    }

    /**
     * Thymeleaf's default caches hold 200 parsed templates and 500 parsed expressions; the theme's
     * expressions, with the inlined ones, are more than that, so a big build kept evicting and
     * parsing them again. Bounded still, but large enough for any theme.
     */
    private static StandardCacheManager caches() {
        StandardCacheManager caches = new StandardCacheManager();
        caches.setTemplateCacheMaxSize(1_000);
        caches.setExpressionCacheMaxSize(20_000);
        return caches;
    }

    public boolean exists(String template) {
        return Files.isRegularFile(folder.resolve(template));
    }

    /** Renders a page; a template problem is thrown as a {@link TemplateProblem} with its diagnostic. */
    public String render(Page page) {
        Context context = new Context(locale, page.model());
        try {
            // sized like the last page of this template, so a large page is not copied as it grows
            FastStringWriter out = new FastStringWriter(sizes.getOrDefault(page.template(), 4096));
            engine.process(page.template(), context, out);
            String text = out.toString();
            sizes.put(page.template(), text.length() + text.length() / 8);
            return text;
        } catch (TemplateProcessingException e) {
            throw new TemplateProblem(diagnostic(e, page));
        }
    }

    Diagnostic diagnostic(TemplateProcessingException e, Page page) {
        String template = e.getTemplateName() == null ? page.template() : e.getTemplateName();
        Path p = Path.of(template);
        if (p.isAbsolute()) {
            template = folder.relativize(p.normalize()).toString();
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int cut = message.indexOf(" (template:");
        if (cut > 0) {
            message = message.substring(0, cut);
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        message = explain(message, root == e ? null : root);
        if (message.contains("Error resolving template")) {
            message = "template \"" + page.template() + "\" does not exist; add templates/" + page.template();
            return Diagnostic.error("templates/" + page.template(), 0, 0, message + " (needed by page /" + page.route() + ")");
        }
        return Diagnostic.error("templates/" + template, Math.max(0, e.getLine() == null ? 0 : e.getLine()),
                Math.max(0, e.getCol() == null ? 0 : e.getCol()), message + " (while rendering /" + page.route() + ")");
    }

    /** Thymeleaf's and OGNL's words turned into what a theme author can act on. */
    static String explain(String message, Throwable root) {
        java.util.regex.Matcher expr = java.util.regex.Pattern.compile("Exception evaluating OGNL expression: \"([^\"]*)\"")
                .matcher(message);
        String rootName = root == null ? "" : root.getClass().getSimpleName();
        String rootMessage = root == null || root.getMessage() == null ? "" : root.getMessage().replaceAll("\\s+", " ");
        if (expr.find()) {
            String expression = expr.group(1);
            if (rootName.equals("NoSuchPropertyException")) {
                int dot = rootMessage.lastIndexOf('.');
                String owner = rootMessage.substring(rootMessage.lastIndexOf('.', dot - 1) + 1, dot);
                return "unknown value \"" + rootMessage.substring(dot + 1) + "\" in ${" + expression + "}: " + owner
                        + " has no such property; check the name against the template variables in README.md";
            }
            java.util.regex.Matcher nul = java.util.regex.Pattern.compile("source is null for getProperty\\(null, \"([^\"]*)\"\\)")
                    .matcher(rootMessage);
            if (nul.find()) {
                return "${" + expression + "} reads \"" + nul.group(1) + "\" of a value that is empty on this page;"
                        + " guard the element with th:if";
            }
            if (rootName.equals("MethodFailedException") || rootName.equals("NoSuchMethodException")) {
                return "${" + expression + "} calls a method that does not exist or failed: " + rootMessage;
            }
            return "cannot evaluate ${" + expression + "}" + (rootMessage.isEmpty() ? "" : ": " + rootMessage);
        }
        if (message.startsWith("Could not parse as expression")) {
            return message + "; check the ${...} syntax";
        }
        return rootMessage.isEmpty() ? message : message + ": " + rootMessage;
    }

    /** A template failed; carries the diagnostic. */
    public static final class TemplateProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Diagnostic diagnostic;

        TemplateProblem(Diagnostic d) {
            super(d.format(), null, false, false);
            this.diagnostic = d;
        }

        public Diagnostic diagnostic() {
            return diagnostic;
        }
    }
}
