package io.orbitpress.render;

import io.orbitpress.diag.Diagnostic;
import io.orbitpress.theme.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * The Thymeleaf engine over the site's {@code templates/} folder, then the built-in {@link Theme}
 * for every name the folder does not have; built once and shared by the render threads. Files
 * ending in .xml render in XML mode, .txt, .json and .js in text mode, the rest as HTML.
 */
public final class TemplateRenderer {

    private final TemplateEngine engine;
    private final Path folder;
    private final Theme theme;
    private final Locale locale;
    private final Map<String, Integer> sizes = new ConcurrentHashMap<>();
    private final String language;
    private final Map<String, Locale> locales = new ConcurrentHashMap<>();

    /** The site's templates, then the theme built into Orbitpress. */
    public TemplateRenderer(Path templates, Locale locale) {
        this(templates, Theme.builtIn(), locale);
    }

    public TemplateRenderer(Path templates, Theme theme, Locale locale) {
        this(templates, theme, locale, null);
    }

    /** @param zone the site's time zone, named in the dates its pages show ({@link Texts#datePattern}) */
    public TemplateRenderer(Path templates, Theme theme, Locale locale, java.time.ZoneId zone) {
        this.folder = templates.toAbsolutePath().normalize();
        this.theme = theme;
        this.locale = locale;
        this.language = locale.toLanguageTag();
        FileTemplateResolver resolver = new FileTemplateResolver() {
            @Override
            protected String computeResourceName(IEngineConfiguration configuration, String ownerTemplate,
                    String template, String prefix, String suffix, boolean forceSuffix, Map<String, String> aliases,
                    Map<String, Object> attributes) {
                return super.computeResourceName(configuration, ownerTemplate, fileName(template), prefix, suffix,
                        forceSuffix, aliases, attributes);
            }
        };
        resolver.setPrefix(folder.toString() + "/");
        configure(resolver, 1);
        this.engine = new TemplateEngine();
        engine.addTemplateResolver(resolver);
        engine.addTemplateResolver(configure(new ThemeTemplateResolver(theme), 2));
        engine.setCacheManager(caches());
        engine.setMessageResolver(new ThemeMessages(folder, theme, zone));
        engine.setLinkBuilder(new SiteLinks());
        StandardDialect dialect = new StandardDialect();
        dialect.setVariableExpressionEvaluator(new PathEvaluator(this::known));
        engine.setDialect(dialect);
    }

    /** The names the templates set, read once when first asked (the templates stay as they are for an engine). */
    private volatile java.util.Set<String> declared;

    /** Whether a page may lack {@code name} without a mistake: a name of a page's model, or one a template sets. */
    private boolean known(String name) {
        if (Page.VARIABLES.contains(name)) {
            return true;
        }
        java.util.Set<String> names = declared;
        if (names == null) {
            names = new java.util.HashSet<>();
            java.util.Set<String> files = new java.util.TreeSet<>(theme.templates());
            try (java.util.stream.Stream<Path> own = Files.walk(folder)) {
                own.filter(Files::isRegularFile).forEach(f -> files.add(folder.relativize(f).toString().replace('\\', '/')));
            } catch (java.io.IOException | java.io.UncheckedIOException e) {
                // no folder of its own: the theme's names
            }
            for (String file : files) {
                String text = file.startsWith("assets/") ? null : TemplateMarkup.template(folder, theme, file);
                if (text != null) {
                    names.addAll(declaredVariables(text));
                }
            }
            declared = names;
        }
        return names.contains(name);
    }

    /** A variable's name, as a path's first step reads one: a Java identifier, in any script. */
    private static final String NAME = "\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*";
    private static final java.util.regex.Pattern ATTRIBUTE = java.util.regex.Pattern.compile(
            "(?:th:|data-th-)(with|each|fragment)\\s*=\\s*(\"[^\"]*\"|'[^']*')");
    private static final java.util.regex.Pattern ASSIGNED = java.util.regex.Pattern.compile(
            "(?:^|[,(])\\s*(" + NAME + ")\\s*=(?!=)");
    private static final java.util.regex.Pattern EACH = java.util.regex.Pattern.compile(
            "^\\s*(" + NAME + ")\\s*(?:,\\s*(" + NAME + ")\\s*)?:");
    private static final java.util.regex.Pattern PARAMETERS = java.util.regex.Pattern.compile(
            "^\\s*[A-Za-z_][\\w-]*\\s*\\(([^)]*)\\)");
    /** The start of a fragment called with parameters: {@code ~{fragments :: card(a=${x})}}. */
    private static final java.util.regex.Pattern CALL = java.util.regex.Pattern.compile("::\\s*[A-Za-z_][\\w-]*\\s*\\(");

    /**
     * The variables a template sets: the names {@code th:with} assigns, the item and status
     * names of {@code th:each} (and the implicit {@code nameStat}), a fragment's parameters and
     * the parameters it is called with by name.
     */
    static java.util.Set<String> declaredVariables(String text) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        java.util.regex.Matcher a = ATTRIBUTE.matcher(text);
        while (a.find()) {
            String value = a.group(2).substring(1, a.group(2).length() - 1);
            switch (a.group(1)) {
                case "with" -> ASSIGNED.matcher(value).results().forEach(m -> names.add(m.group(1)));
                case "each" -> {
                    java.util.regex.Matcher m = EACH.matcher(value);
                    if (m.find()) {
                        names.add(m.group(1));
                        names.add(m.group(1) + "Stat");
                        if (m.group(2) != null) {
                            names.add(m.group(2));
                        }
                    }
                }
                default -> {
                    java.util.regex.Matcher m = PARAMETERS.matcher(value);
                    if (m.find()) {
                        for (String p : m.group(1).split(",")) {
                            if (p.strip().matches(NAME)) {
                                names.add(p.strip());
                            }
                        }
                    }
                }
            }
        }
        java.util.regex.Matcher call = CALL.matcher(text);
        while (call.find()) {
            java.util.regex.Matcher m = ASSIGNED.matcher("(" + arguments(text, call.end()));
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /**
     * The arguments of a call whose parenthesis opens just before {@code from}: up to the one that
     * closes it, over the parentheses of the calls inside them ({@code upper=${#strings.toUpperCase(x)}}),
     * and quoted text, in which only the top level's commas part the arguments.
     */
    private static String arguments(String text, int from) {
        int depth = 0;
        char quote = 0;
        StringBuilder top = new StringBuilder();
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (depth == 0) {
                top.append(c);
                continue;
            }
            top.append(' '); // what is inside a call or a quote, and its marks: no argument's name
        }
        return top.toString();
    }

    /**
     * Link expressions ({@code @{/missions/}}) as a web application's templates write them: a
     * link from the site's root is that path, which the page's links are then made relative
     * from as every other one is (so a site published under a sub-path works). Thymeleaf's own
     * builder refuses such a link outside a servlet container.
     */
    static final class SiteLinks extends org.thymeleaf.linkbuilder.StandardLinkBuilder {
        @Override
        protected String computeContextPath(org.thymeleaf.context.IExpressionContext context, String base,
                Map<String, Object> parameters) {
            return "";
        }
    }

    /** The file endings that render in another mode than HTML, and that mode. */
    private static final Map<String, TemplateMode> MODES = Map.of(".xml", TemplateMode.XML, ".txt", TemplateMode.TEXT,
            ".json", TemplateMode.TEXT, ".js", TemplateMode.TEXT);

    /**
     * The file a template's name stands for: the name, or with {@code .html} when its last part has
     * no ending ({@code ~{fragments :: card(a)}}, as Thymeleaf's guides write it, is fragments.html,
     * as the check of the site's templates before rendering reads it).
     */
    static String fileName(String template) {
        return template.substring(template.lastIndexOf('/') + 1).indexOf('.') < 0 ? template + ".html" : template;
    }

    /** The mode the template file {@code name} renders in: XML, text, or else HTML. */
    static TemplateMode mode(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? TemplateMode.HTML : MODES.getOrDefault(name.substring(dot), TemplateMode.HTML);
    }

    private static AbstractConfigurableTemplateResolver configure(AbstractConfigurableTemplateResolver resolver, int order) {
        resolver.setOrder(order);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setTemplateMode(TemplateMode.HTML);
        MODES.forEach((ending, mode) -> (mode == TemplateMode.XML ? resolver.getXmlTemplateModePatternSpec()
                : resolver.getTextTemplateModePatternSpec()).addPattern("*" + ending));
        resolver.setCacheable(true);
        // a name the site's folder lacks goes on to the built-in theme
        resolver.setCheckExistence(true);
        return resolver;
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
        return Files.isRegularFile(folder.resolve(template)) || theme.has(template);
    }

    /** Renders a page as UTF-8; a template problem is thrown as a {@link TemplateProblem} with its diagnostic. */
    public byte[] render(Page page) {
        // a page in one of the site's other languages is rendered in that language
        Locale pageLocale = page.model().get("site") instanceof SiteView v && !v.language().equals(language)
                ? locales.computeIfAbsent(v.language(), Locale::forLanguageTag) : locale;
        Context context = new Context(pageLocale, page.model());
        try {
            // sized like the last page of this template, so a large page is not copied as it grows
            Utf8Writer out = new Utf8Writer(sizes.getOrDefault(page.template(), 4096));
            PathEvaluator.watch();
            TemplateProcessingException failed = null;
            java.util.Set<PathEvaluator.UnknownVariable> met;
            try {
                engine.process(page.template(), context, out);
            } catch (TemplateProcessingException e) {
                failed = e;
            } finally {
                met = PathEvaluator.met();
            }
            if (failed != null || !met.isEmpty()) {
                List<Diagnostic> problems = new java.util.ArrayList<>();
                met.forEach(u -> problems.add(unknown(u, page)));
                if (failed != null) {
                    problems.add(diagnostic(failed, page));
                }
                throw new TemplateProblem(problems);
            }
            byte[] bytes = out.bytes();
            if (page.template().endsWith(".html")) {
                bytes = HtmlBytes.withoutControls(bytes);
            }
            sizes.put(page.template(), bytes.length + bytes.length / 8);
            if (page.template().endsWith(".json") && ownVersion(page.template())) {
                checkJson(bytes, page);
            }
            return bytes;
        } catch (TemplateProcessingException e) {
            throw new TemplateProblem(diagnostic(e, page));
        }
    }

    /** Per template, whether the site's folder has its own version of it (not the built-in theme's file as it is). */
    private final Map<String, Boolean> own = new ConcurrentHashMap<>();
    private static final tools.jackson.databind.ObjectMapper JSON = tools.jackson.databind.json.JsonMapper.builder()
            .enable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private boolean ownVersion(String template) {
        return own.computeIfAbsent(template, t -> {
            try {
                Path f = folder.resolve(t);
                return Files.isRegularFile(f) && !java.util.Arrays.equals(Files.readAllBytes(f), theme.bytes(t).orElse(null));
            } catch (java.io.IOException e) {
                return true;
            }
        });
    }

    /**
     * A page of the site's own JSON template (its feed.json) must be JSON: a name misspelt in
     * {@code [(${...})]} writes nothing, and feed readers would drop the feed without a word.
     */
    private void checkJson(byte[] bytes, Page page) {
        try {
            tools.jackson.databind.JsonNode node = JSON.readTree(bytes);
            if (node == null || node.isMissingNode()) {
                throw new TemplateProblem(Diagnostic.error(file(page.template()), 0, 0, "renders an empty page, not JSON;"
                        + " check what its th:if or [# th:if] hold (while rendering /" + page.route() + ")"));
            }
        } catch (tools.jackson.core.JacksonException e) {
            String why = e.getOriginalMessage() == null ? e.getClass().getSimpleName()
                    : e.getOriginalMessage().lines().findFirst().orElse("");
            String at = "";
            if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
                int lineNr = e.getLocation().getLineNr();
                String line = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).lines().skip(lineNr - 1)
                        .findFirst().orElse("").strip();
                at = " at line " + lineNr + " of the page" + (line.isEmpty() ? "" : " (" + (line.length() > 80
                        ? line.substring(0, 80) + "..." : line) + ")");
            }
            throw new TemplateProblem(Diagnostic.error(file(page.template()), 0, 0, "renders a page that is not JSON ("
                    + why + ")" + at + "; write values through their JSON forms (${json.title}, ${e.json.summary}:"
                    + " quoted and escaped), and check that each [(...)] there writes one (while rendering /"
                    + page.route() + ")"));
        }
    }

    Diagnostic diagnostic(TemplateProcessingException e, Page page) {
        String file = file(e.getTemplateName() == null ? page.template() : e.getTemplateName());
        String message = message(e);
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        message = explain(message, root == e ? null : root, page.model().keySet());
        java.util.regex.Matcher fragment = java.util.regex.Pattern.compile(
                "Error resolving fragment: \"~\\{\\s*([^\\s:]+)\\s*::\\s*([A-Za-z_][\\w-]*)\\s*[(}][^\"]*\"").matcher(message);
        if (fragment.find()) {
            message = fragment(fragment.group(1), fragment.group(2)).orElse(message);
        }
        if (message.contains("Error resolving template")) {
            java.util.regex.Matcher named = java.util.regex.Pattern.compile("Error resolving template \\[([^\\]]*)\\]")
                    .matcher(message);
            String missing = fileName(named.find() ? named.group(1) : page.template());
            if (!missing.equals(page.template()) && e.getLine() != null) {
                // a fragment's file, asked for by a template: the message points at the asking line
                return Diagnostic.error(file, e.getLine(), Math.max(0, e.getCol() == null ? 0 : e.getCol()),
                        "template \"" + missing + "\" does not exist in templates/ nor in the built-in theme; add templates/"
                                + missing + " or fix the name (while rendering /" + page.route() + ")");
            }
            message = "template \"" + page.template() + "\" does not exist; add templates/" + page.template();
            return Diagnostic.error("templates/" + page.template(), 0, 0, message + " (needed by page /" + page.route() + ")");
        }
        String where = " (while rendering /" + page.route() + ")";
        if (file.startsWith(Theme.DISPLAY) && e.getLine() != null) {
            Optional<Diagnostic> caller = caller(file.substring(Theme.DISPLAY.length()), e.getLine(), page, message + where);
            if (caller.isPresent()) {
                return caller.get();
            }
        }
        if (file.startsWith(Theme.DISPLAY)) {
            where = " (while rendering /" + page.route() + "; a file of the built-in theme: orbitpress theme eject "
                    + file.substring(Theme.DISPLAY.length()) + " copies it into templates/ to change it)";
        }
        return Diagnostic.error(file, Math.max(0, e.getLine() == null ? 0 : e.getLine()),
                Math.max(0, e.getCol() == null ? 0 : e.getCol()), message + where);
    }

    /** A fragment's declaration in a template ({@code th:fragment="card(a)"}), its name the group. */
    private static final java.util.regex.Pattern DECLARED = java.util.regex.Pattern.compile("(?:th:|data-th-)fragment\\s*=\\s*[\"']\\s*([A-Za-z_][\\w-]*)");

    /** The names of the fragments {@code text} declares ({@code th:fragment}, {@code data-th-fragment}), in order. */
    static java.util.Set<String> declared(String text) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        java.util.regex.Matcher declared = DECLARED.matcher(text);
        while (declared.find()) {
            names.add(declared.group(1));
        }
        return names;
    }

    /**
     * What is wrong with a fragment reference {@code ~{template :: name}} that could not be
     * resolved: no such fragment in the template (with the fragments it has, and the closest
     * name); empty when the template has it, or is not there.
     */
    Optional<String> fragment(String template, String name) {
        Path own = folder.resolve(template).normalize();
        boolean site = own.startsWith(folder) && Files.isRegularFile(own);
        String text = TemplateMarkup.template(folder, theme, template);
        if (text == null) {
            return Optional.empty(); // no such template: said as for any template asked for
        }
        java.util.Set<String> names = new java.util.TreeSet<>(declared(text));
        if (names.contains(name)) {
            return Optional.empty();
        }
        String where = site ? "templates/" + template : Theme.DISPLAY + template;
        return Optional.of("no fragment \"" + name + "\" in " + where + (names.isEmpty()
                ? ", which declares none with th:fragment"
                : io.orbitpress.diag.Spelling.closest(name, names).map(c -> "; did you mean \"" + c + "\"? Its fragments: ")
                        .orElse("; its fragments: ") + String.join(", ", names)));
    }

    /**
     * A problem at line {@code line} of the built-in template {@code builtIn}, inside one of its
     * fragments, when the page's own template (the site's) calls that fragment: told at the call,
     * since what the site passes is what to fix; empty otherwise (the first call when it calls
     * the fragment more than once).
     */
    private Optional<Diagnostic> caller(String builtIn, int line, Page page, String message) {
        Path own = folder.resolve(page.template()).normalize();
        if (!own.startsWith(folder) || !Files.isRegularFile(own) || theme.bytes(builtIn).isEmpty()) {
            return Optional.empty();
        }
        String theirs = new String(theme.bytes(builtIn).get(), java.nio.charset.StandardCharsets.UTF_8);
        String name = null;
        java.util.regex.Matcher declared = DECLARED.matcher(theirs);
        while (declared.find() && Diagnostic.lineOf(theirs, declared.start()) <= line) {
            name = declared.group(1);
        }
        if (name == null) {
            return Optional.empty();
        }
        String text;
        try {
            text = Files.readString(own);
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return Optional.empty();
        }
        // called by the file's name, or by its name without the ending (~{fragments :: card(...)})
        String bare = builtIn.endsWith(".html") ? builtIn.substring(0, builtIn.length() - ".html".length()) : builtIn;
        java.util.regex.Matcher call = java.util.regex.Pattern.compile("(?<![\\w.-])" + java.util.regex.Pattern.quote(bare)
                + "(?:\\.html)?\\s*::\\s*" + java.util.regex.Pattern.quote(name) + "\\b").matcher(text);
        if (!call.find()) {
            return Optional.empty();
        }
        return Optional.of(Diagnostic.at("templates/" + page.template(), text, call.start(),
                io.orbitpress.diag.Severity.ERROR, "the built-in fragment " + name + " of " + builtIn + " fails with what this passes it (at its line "
                        + line + "): " + message));
    }

    /** The engine's message without the template's name and place, which a diagnostic gives its own way. */
    static String message(TemplateProcessingException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int cut = message.indexOf(" (template:");
        return cut > 0 ? message.substring(0, cut) : message;
    }

    /**
     * The file a template name stands for, as messages name it: {@code templates/x.html} when the
     * site has it (the engine names a file by its absolute path), {@code <built-in>/x.html} when it
     * comes from the theme.
     */
    public String file(String template) {
        if (template.startsWith(Theme.DISPLAY)) {
            return template;
        }
        Path p = Path.of(template);
        if (p.isAbsolute()) {
            return "templates/" + folder.relativize(p.normalize()).toString().replace('\\', '/');
        }
        // a name without an ending (~{footer :: foot}) is its .html file, as the engine reads it
        String name = fileName(template);
        if (!Files.isRegularFile(folder.resolve(name)) && theme.has(name)) {
            return Theme.DISPLAY + name;
        }
        return "templates/" + name;
    }

    /**
     * A variable no page has and no template sets, at the first place its template writes the
     * expression, with the name meant when one is close.
     */
    private Diagnostic unknown(PathEvaluator.UnknownVariable u, Page page) {
        String name = u.template().isEmpty() ? page.template() : u.template();
        String file = file(name);
        String shown = file.startsWith(Theme.DISPLAY) ? file.substring(Theme.DISPLAY.length())
                : file.substring("templates/".length());
        String text = TemplateMarkup.template(folder, theme, shown);
        int at = text == null ? -1 : text.indexOf("${" + u.expression());
        if (at < 0 && text != null) {
            at = text.indexOf(u.expression());
        }
        java.util.Set<String> all = new java.util.TreeSet<>(page.model().keySet());
        java.util.Set<String> set = declared;
        if (set != null) {
            all.addAll(set);
        }
        all.addAll(Page.VARIABLES);
        String message = "unknown variable \"" + u.name() + "\" in ${" + u.expression() + "}: no page has it and no"
                + " template sets it" + io.orbitpress.diag.Spelling.closest(u.name(), page.model().keySet())
                        .or(() -> io.orbitpress.diag.Spelling.closest(u.name(), all)).map(c -> "; did you mean \"" + c + "\"?").orElse("") + " (while rendering /" + page.route()
                + ", whose variables are " + String.join(", ", new java.util.TreeSet<>(page.model().keySet()))
                + "; README.md, \"Template variables\", has every page's)";
        return at < 0 ? Diagnostic.error(file, 0, 0, message)
                : Diagnostic.at(file, text, at, io.orbitpress.diag.Severity.ERROR, message);
    }

    /** Thymeleaf's and OGNL's words turned into what a theme author can act on. */
    static String explain(String message, Throwable root) {
        return explain(message, root, java.util.Set.of());
    }

    /**
     * As {@link #explain(String, Throwable)}, on a page whose model has {@code variables}: an
     * expression starting with a name the model lacks, close to one it has, is told so.
     */
    static String explain(String message, Throwable root, java.util.Set<String> variables) {
        java.util.regex.Matcher expr = java.util.regex.Pattern.compile("Exception evaluating OGNL expression: \"([^\"]*)\"")
                .matcher(message);
        if (root instanceof ThemeMessages.AbsentText) {
            return root.getMessage();
        }
        String rootName = root == null ? "" : root.getClass().getSimpleName();
        String rootMessage = root == null || root.getMessage() == null ? "" : root.getMessage().replaceAll("\\s+", " ");
        if (expr.find()) {
            String expression = expr.group(1);
            Optional<String> javaClass = javaClass(expression, rootMessage);
            if (javaClass.isPresent()) {
                return "${" + expression + "} calls the Java class " + javaClass.get() + ", and templates may not call"
                        + " Java classes; show the page's values (README.md, \"Template variables\") and use Thymeleaf's"
                        + " helpers (#strings, #numbers, #temporals) for the rest";
            }
            if (rootName.equals("NoSuchPropertyException")) {
                int dot = rootMessage.lastIndexOf('.');
                String owner = rootMessage.substring(rootMessage.lastIndexOf('.', dot - 1) + 1, dot);
                String name = rootMessage.substring(dot + 1);
                String hint = properties(rootMessage.substring(0, dot)).flatMap(p -> io.orbitpress.diag.Spelling.closest(name, p))
                        .map(p -> "did you mean \"" + p + "\"? Otherwise check").orElse("check");
                return "unknown value \"" + name + "\" in ${" + expression + "}: " + owner + " has no such property; "
                        + hint + " the name against the template variables in README.md";
            }
            java.util.regex.Matcher nul = java.util.regex.Pattern.compile("source is null for getProperty\\(null, \"([^\"]*)\"\\)")
                    .matcher(rootMessage);
            if (nul.find()) {
                // the name itself is the empty value when the property read from it is the first one
                java.util.regex.Matcher first = java.util.regex.Pattern.compile("^\\s*([A-Za-z_]\\w*)\\s*\\.\\s*(\\w+)")
                        .matcher(expression);
                boolean unknown = first.find() && first.group(2).equals(nul.group(1)) && !variables.contains(first.group(1));
                Optional<String> meant = unknown ? io.orbitpress.diag.Spelling.closest(first.group(1), variables)
                        : Optional.empty();
                if (meant.isPresent()) {
                    return "${" + expression + "}: this page has no variable \"" + first.group(1) + "\"; did you mean \""
                            + meant.get() + "\"? (a name th:each or th:with sets may also be empty here: then guard the"
                            + " element with th:if)";
                }
                if (unknown) {
                    return "${" + expression + "}: this page has no variable \"" + first.group(1) + "\" (its variables: "
                            + String.join(", ", new java.util.TreeSet<>(variables)) + "); a name th:each or th:with sets"
                            + " may also be empty here: then guard the element with th:if";
                }
                return "${" + expression + "} reads \"" + nul.group(1) + "\" of a value that is empty on this page;"
                        + " guard the element with th:if";
            }
            if (rootName.equals("MethodFailedException") || rootName.equals("NoSuchMethodException")) {
                return "${" + expression + "} calls a method that does not exist or failed: " + rootMessage;
            }
            java.util.regex.Matcher bounds = java.util.regex.Pattern.compile("^Index (\\d+) out of bounds for length (\\d+)")
                    .matcher(rootMessage);
            if (bounds.find()) {
                String index = bounds.group(1);
                int length = Integer.parseInt(bounds.group(2));
                java.util.regex.Matcher list = java.util.regex.Pattern.compile("([A-Za-z_][\\w.]*(?:\\(\\))?)\\s*\\[\\s*"
                        + index + "\\s*\\]").matcher(expression);
                if (list.find()) {
                    String name = list.group(1);
                    return "${" + expression + "} reads item " + index + " of " + name + ", which has " + length
                            + (length == 1 ? " item" : " items") + " on this page (items count from 0); show it only"
                            + " when there is one: th:if=\"${" + name + ".size() > " + index + "}\"";
                }
            }
            Optional<String> syntax = syntax(expression, rootMessage);
            if (syntax.isPresent()) {
                return "${" + expression + "} does not parse: " + syntax.get();
            }
            return "cannot evaluate ${" + expression + "}" + (rootMessage.isEmpty() ? "" : ": " + rootMessage);
        }
        if (message.startsWith("Could not parse as expression")) {
            return message + "; check the ${...} syntax";
        }
        return rootMessage.isEmpty() ? message : message + ": " + rootMessage;
    }

    /** OGNL's parser's words for what it met: the token, and the column of the expression it stands at. */
    private static final java.util.regex.Pattern ENCOUNTERED = java.util.regex.Pattern.compile(
            "^Encountered \"(.*?)\" at line 1, column (\\d+)\\.");

    /**
     * What is wrong with {@code expression}, which OGNL's parser refused in {@code rootMessage} with
     * the list of every token it could have taken: a quote or bracket left open, an end where a value
     * is still to come, a value beside another with no operator, a bracket that closes nothing;
     * empty when the message is not the parser's.
     */
    private static Optional<String> syntax(String expression, String rootMessage) {
        if (rootMessage.startsWith("Lexical error") && rootMessage.contains("Encountered: <EOF>")) {
            return Optional.of("a quote is not closed; close it");
        }
        java.util.regex.Matcher m = ENCOUNTERED.matcher(rootMessage);
        if (!m.find()) {
            return Optional.empty();
        }
        // the brackets left open, outside quotes, in the order they were opened
        java.util.Deque<Character> open = new java.util.ArrayDeque<>();
        int stray = -1;
        char quote = 0;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                open.push(c);
            } else if (c == ')' || c == ']' || c == '}') {
                if (open.isEmpty() && stray < 0) {
                    stray = i;
                } else if (!open.isEmpty()) {
                    open.pop();
                }
            }
        }
        if (m.group(1).equals("<EOF>")) {
            if (!open.isEmpty()) {
                char c = open.peek();
                char close = c == '(' ? ')' : c == '[' ? ']' : '}';
                return Optional.of("a \"" + c + "\" is not closed; close it with \"" + close + "\"");
            }
            return Optional.of("it ends where a value is still expected (after an operator, a comma or a dot);"
                    + " complete it, or remove what is left over");
        }
        int column = Integer.parseInt(m.group(2));
        if (stray >= 0 && stray == column - 1) {
            return Optional.of("the \"" + expression.charAt(stray) + "\" at column " + column + " closes nothing;"
                    + " remove it");
        }
        if (column < 1 || column > expression.length()) {
            return Optional.empty();
        }
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("[\\w#$.]+|'[^']*'?|\\S")
                .matcher(expression).region(column - 1, expression.length());
        String at = token.lookingAt() ? token.group() : expression.substring(column - 1, column);
        String before = expression.substring(0, column - 1).stripTrailing();
        char last = before.isEmpty() ? 0 : before.charAt(before.length() - 1);
        boolean afterValue = Character.isLetterOrDigit(last) || last == '_' || last == ')' || last == ']'
                || last == '\'' || last == '"';
        if (afterValue && (Character.isLetterOrDigit(at.charAt(0)) || at.charAt(0) == '\'' || at.charAt(0) == '#'
                || at.charAt(0) == '$' || at.charAt(0) == '_')) {
            return Optional.of("\"" + at + "\" at column " + column + " follows a value with no operator between them;"
                    + " join them with one (+, and, ==), or write each in an expression of its own");
        }
        return Optional.of("\"" + at + "\" at column " + column + " is not what may stand there; check the"
                + " expression's syntax at it");
    }

    /**
     * The Java class {@code expression} calls, which Thymeleaf refuses in a template: SpEL's
     * {@code T(java.lang.System)}, which OGNL reads as a method T of the page and fails on in its own
     * words (a value read of null), or one OGNL's {@code @java.lang.System@exit(0)} or
     * {@code new java.io.File(...)} names, which Thymeleaf forbids ({@code rootMessage}).
     */
    private static Optional<String> javaClass(String expression, String rootMessage) {
        java.util.regex.Matcher forbidden = FORBIDDEN_TYPE.matcher(rootMessage);
        if (forbidden.find()) {
            return Optional.of(forbidden.group(1));
        }
        java.util.regex.Matcher spel = SPEL_TYPE.matcher(expression);
        return spel.find() ? Optional.of(spel.group(1).replaceAll("\\s+", "")) : Optional.empty();
    }

    /** Thymeleaf's refusal of a Java class in an expression. */
    private static final java.util.regex.Pattern FORBIDDEN_TYPE = java.util.regex.Pattern.compile(
            "Access is forbidden for type '([^']+)'");

    /** SpEL's {@code T(java.lang.System)}, not a method {@code T} of a value ({@code x.T(...)}). */
    private static final java.util.regex.Pattern SPEL_TYPE = java.util.regex.Pattern.compile(
            "(?<![\\w.$#])T\\s*\\(\\s*([A-Za-z_$][\\w$]*(?:\\s*\\.\\s*[A-Za-z_$][\\w$]*)*)\\s*\\)");

    /**
     * What a template may read of a value of the class named {@code type}: its record components
     * and other methods without parameters, {@code getX} and {@code isX} as {@code x}; empty when
     * the class is not found.
     */
    private static Optional<java.util.Set<String>> properties(String type) {
        Class<?> c;
        try {
            c = Class.forName(type, false, TemplateRenderer.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
        java.util.Set<String> names = new java.util.TreeSet<>();
        for (java.lang.reflect.Method m : c.getMethods()) {
            if (m.getParameterCount() != 0 || m.getDeclaringClass() == Object.class
                    || java.lang.reflect.Modifier.isStatic(m.getModifiers())) {
                continue;
            }
            String n = m.getName();
            if (n.length() > 3 && n.startsWith("get") && Character.isUpperCase(n.charAt(3))) {
                n = Character.toLowerCase(n.charAt(3)) + n.substring(4);
            } else if (n.length() > 2 && n.startsWith("is") && Character.isUpperCase(n.charAt(2))) {
                n = Character.toLowerCase(n.charAt(2)) + n.substring(3);
            }
            names.add(n);
        }
        return Optional.of(names);
    }

    /** A template failed; carries the diagnostic. */
    public static final class TemplateProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<Diagnostic> diagnostics;

        TemplateProblem(Diagnostic d) {
            this(List.of(d));
        }

        TemplateProblem(List<Diagnostic> diagnostics) {
            super(diagnostics.get(0).format(), null, false, false);
            this.diagnostics = List.copyOf(diagnostics);
        }

        /** The first problem. */
        public Diagnostic diagnostic() {
            return diagnostics.get(0);
        }

        /** Every problem the page met (a page stops at most problems; it goes on past an unknown variable). */
        public List<Diagnostic> diagnostics() {
            return diagnostics;
        }
    }
}
