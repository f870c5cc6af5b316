package io.orbitpress.render;

import io.orbitpress.theme.Theme;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;

/**
 * The texts of {@code #{...}} expressions: {@code messages_<language>.properties}, then
 * {@code messages.properties}, from the site's {@code templates/} folder first, then from the
 * built-in theme; a site overrides only the keys it writes. Files are read as UTF-8 once, when the
 * engine is made (a change to one is a change to the template set, which makes a new engine).
 */
final class ThemeMessages implements IMessageResolver {

    private final Path folder;
    private final Theme theme;
    /** Per locale, the files to look in, in order. */
    private final Map<Locale, List<Properties>> chains = new ConcurrentHashMap<>();

    ThemeMessages(Path folder, Theme theme) {
        this.folder = folder;
        this.theme = theme;
    }

    @Override
    public String getName() {
        return "orbitpress-messages";
    }

    @Override
    public Integer getOrder() {
        return 0;
    }

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] parameters) {
        Locale locale = context.getLocale();
        for (Properties p : chains.computeIfAbsent(locale, this::chain)) {
            String text = p.getProperty(key);
            if (text != null) {
                return parameters == null || parameters.length == 0 ? text
                        : new com.ibm.icu.text.MessageFormat(text, locale).format(parameters);
            }
        }
        return null;
    }

    @Override
    public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
            Object[] parameters) {
        return "??" + key + "_" + context.getLocale() + "??";
    }

    private List<Properties> chain(Locale locale) {
        List<String> names = new ArrayList<>();
        if (!locale.getCountry().isEmpty()) {
            names.add("messages_" + locale.getLanguage() + "_" + locale.getCountry() + ".properties");
        }
        if (!locale.getLanguage().isEmpty()) {
            names.add("messages_" + locale.getLanguage() + ".properties");
        }
        names.add("messages.properties");
        List<Properties> out = new ArrayList<>();
        for (String name : names) {
            Path own = folder.resolve(name);
            if (Files.isRegularFile(own)) {
                try {
                    out.add(load(Files.readString(own, StandardCharsets.UTF_8)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            theme.bytes(name).ifPresent(b -> out.add(load(new String(b, StandardCharsets.UTF_8))));
        }
        return List.copyOf(out);
    }

    private static Properties load(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
