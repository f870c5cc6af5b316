package io.orbitpress.render;

import io.orbitpress.theme.Theme;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;

/**
 * The texts of {@code #{...}} expressions, in the page's language: the {@link Texts} of its
 * locale. Read once per locale, when first asked for (a change to a message file is a change to
 * the template set, which makes a new engine).
 */
final class ThemeMessages implements IMessageResolver {

    private final Path folder;
    private final Theme theme;
    private final Map<Locale, Texts> texts = new ConcurrentHashMap<>();
    private final java.time.ZoneId zone;

    /** @param zone the site's time zone, which the date patterns name as {@link Texts#datePattern} does; or null */
    ThemeMessages(Path folder, Theme theme, java.time.ZoneId zone) {
        this.folder = folder;
        this.theme = theme;
        this.zone = zone;
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
        Texts t = texts.computeIfAbsent(context.getLocale(), l -> Texts.of(folder, theme, l));
        String text = t.get(key, null, parameters == null ? new Object[0] : parameters);
        return key.startsWith("date.") ? Texts.datePattern(text, zone, context.getLocale()) : text;
    }

    @Override
    public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
            Object[] parameters) {
        // a page would go out with "??key_en??" in it: told at the template's line instead
        throw new AbsentText("no text \"" + key + "\" in the theme's message files for "
                + context.getLocale().getDisplayLanguage(Locale.ENGLISH) + " (nor in the built-in theme's); check the"
                + " key's spelling, or add " + key + "=... to templates/messages.properties");
    }

    /** A {@code #{key}} no message file has: told as it is, at the template's line. */
    static final class AbsentText extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        AbsentText(String message) {
            super(message);
        }
    }
}
