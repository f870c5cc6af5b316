package io.orbitpress.render;

import io.orbitpress.theme.Theme;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresource.ITemplateResource;

/**
 * Templates of the built-in {@link Theme}, second in the engine's chain after the site's own
 * {@code templates/} folder: a name the site's folder does not have is looked up here, for a page
 * template as for a fragment ({@code ~{layout.html :: page}}). A resource's description names it
 * as messages do: {@code <built-in>/layout.html}.
 */
final class ThemeTemplateResolver extends AbstractConfigurableTemplateResolver {

    private final Theme theme;

    ThemeTemplateResolver(Theme theme) {
        this.theme = theme;
    }

    @Override
    protected String computeResourceName(IEngineConfiguration configuration, String ownerTemplate, String template,
            String prefix, String suffix, boolean forceSuffix, Map<String, String> aliases,
            Map<String, Object> attributes) {
        return super.computeResourceName(configuration, ownerTemplate, TemplateRenderer.fileName(template), prefix,
                suffix, forceSuffix, aliases, attributes);
    }

    @Override
    protected ITemplateResource computeTemplateResource(IEngineConfiguration configuration, String ownerTemplate,
            String template, String resourceName, String characterEncoding,
            Map<String, Object> templateResolutionAttributes) {
        return new Resource(theme, resourceName);
    }

    /** One file of the theme, present or not (the engine asks, as it asks of a file). */
    private record Resource(Theme theme, String name) implements ITemplateResource {

        @Override
        public String getDescription() {
            return Theme.DISPLAY + name;
        }

        @Override
        public String getBaseName() {
            String base = name.substring(name.lastIndexOf('/') + 1);
            int dot = base.lastIndexOf('.');
            return dot > 0 ? base.substring(0, dot) : base;
        }

        @Override
        public boolean exists() {
            return theme.has(name);
        }

        @Override
        public Reader reader() {
            return new StringReader(new String(theme.bytes(name).orElseThrow(), StandardCharsets.UTF_8));
        }

        @Override
        public ITemplateResource relative(String relativeLocation) {
            int slash = name.lastIndexOf('/');
            return new Resource(theme, (slash < 0 ? "" : name.substring(0, slash + 1)) + relativeLocation);
        }
    }
}
