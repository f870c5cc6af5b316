package io.orbitpress.render;

import io.orbitpress.diag.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * The Thymeleaf engine over the site's {@code templates/} folder, built once and shared by the
 * render threads. Files ending in .xml render in XML mode, .txt in text mode, the rest as HTML.
 */
public final class TemplateRenderer {

    private final TemplateEngine engine;
    private final Path folder;
    private final Locale locale;

    public TemplateRenderer(Path templates, Locale locale) {
        this.folder = templates.toAbsolutePath().normalize();
        this.locale = locale;
        FileTemplateResolver resolver = new FileTemplateResolver();
        resolver.setPrefix(folder.toString() + "/");
        resolver.setCharacterEncoding("UTF-8");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.getXmlTemplateModePatternSpec().addPattern("*.xml");
        resolver.getTextTemplateModePatternSpec().addPattern("*.txt");
        resolver.setCacheable(true);
        resolver.setCheckExistence(true);
        this.engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setCacheManager(caches());
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
            return engine.process(page.template(), context);
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
        if (root != e && root.getMessage() != null) {
            message = message + ": " + root.getMessage().replaceAll("\\s+", " ");
        }
        if (message.contains("Error resolving template")) {
            message = "template \"" + page.template() + "\" does not exist; add templates/" + page.template();
            return Diagnostic.error("templates/" + page.template(), 0, 0, message + " (needed by page /" + page.route() + ")");
        }
        return Diagnostic.error("templates/" + template, Math.max(0, e.getLine() == null ? 0 : e.getLine()),
                Math.max(0, e.getCol() == null ? 0 : e.getCol()), message + " (while rendering /" + page.route() + ")");
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
