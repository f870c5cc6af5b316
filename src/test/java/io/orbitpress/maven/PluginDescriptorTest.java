package io.orbitpress.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.maven.plugin.AbstractMojo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The plugin descriptor Maven reads (META-INF/maven/plugin.xml, written by hand) against the goal
 * classes: every goal's class, every parameter a field of the right type, every field a parameter.
 */
class PluginDescriptorTest {

    static Element plugin;

    @BeforeAll
    static void read() throws Exception {
        try (InputStream in = PluginDescriptorTest.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
            assertThat(in).as("plugin.xml among the classes").isNotNull();
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document d = f.newDocumentBuilder().parse(in);
            plugin = d.getDocumentElement();
        }
    }

    static String text(Element e, String child) {
        NodeList l = e.getElementsByTagName(child);
        return l.getLength() == 0 ? null : l.item(0).getTextContent().strip();
    }

    static List<Element> children(Element e, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && (name == null || c.getTagName().equals(name))) {
                out.add(c);
            }
        }
        return out;
    }

    @Test
    void namesThisArtifactItsVersionAndThePrefix() throws Exception {
        Properties p = new Properties();
        try (InputStream in = io.orbitpress.cli.Main.class.getResourceAsStream("version.properties")) {
            p.load(in);
        }
        assertThat(text(plugin, "groupId")).isEqualTo("io.orbitpress");
        assertThat(text(plugin, "artifactId")).isEqualTo("orbitpress");
        assertThat(text(plugin, "version")).isEqualTo(p.getProperty("version")).doesNotContain("@");
        assertThat(text(plugin, "goalPrefix")).isEqualTo("orbitpress");
    }

    @Test
    void goalsAndPhases() {
        Map<String, String> phases = new TreeMap<>();
        for (Element mojo : children(children(plugin, "mojos").get(0), "mojo")) {
            phases.put(text(mojo, "goal"), String.valueOf(text(mojo, "phase")));
        }
        assertThat(phases).containsExactlyEntriesOf(new TreeMap<>(Map.of("build", "package", "check", "verify",
                "serve", "null", "new", "null", "eject", "null", "theme", "null", "schedule", "null", "entities", "null")));
    }

    /** Every goal the starter's README tells a newsroom to run is one the plugin has. */
    @Test
    void theStarterReadmeNamesGoalsThePluginHas() {
        List<String> goals = new ArrayList<>();
        for (Element mojo : children(children(plugin, "mojos").get(0), "mojo")) {
            goals.add(text(mojo, "goal"));
        }
        String readme = io.orbitpress.scaffold.StarterSite.files("News", "news", "1.0").get("README.md");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("mvn orbitpress:(\\w+)").matcher(readme);
        List<String> named = new ArrayList<>();
        while (m.find()) {
            named.add(m.group(1));
        }
        assertThat(goals).containsAll(named);
        assertThat(named).as("what the build's summary points to").contains("schedule", "entities");
    }

    @Test
    void everyParameterIsAFieldOfItsTypeAndEveryFieldAParameter() throws Exception {
        for (Element mojo : children(children(plugin, "mojos").get(0), "mojo")) {
            Class<?> type = Class.forName(text(mojo, "implementation"));
            String goal = text(mojo, "goal");
            assertThat(AbstractMojo.class).as(goal).isAssignableFrom(type);
            assertThat(Modifier.isAbstract(type.getModifiers())).isFalse();
            type.getConstructor();

            Map<String, Field> fields = new HashMap<>();
            for (Class<?> c = type; c != AbstractMojo.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(f.getModifiers())) {
                        fields.put(f.getName(), f);
                    }
                }
            }
            Map<String, String> declared = new HashMap<>();
            for (Element p : children(children(mojo, "parameters").get(0), "parameter")) {
                declared.put(text(p, "name"), text(p, "type"));
            }
            assertThat(declared.keySet()).as(goal).isEqualTo(fields.keySet());
            declared.forEach((name, t) -> assertThat(fields.get(name).getType().getName()).as(goal + "." + name)
                    .isEqualTo(t));
            for (Element c : children(children(mojo, "configuration").get(0), null)) {
                assertThat(declared).as(goal).containsEntry(c.getTagName(), c.getAttribute("implementation"));
            }
        }
    }
}
