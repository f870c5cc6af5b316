package io.orbitpress.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/**
 * The version from the pom, which the build writes into {@code version.properties} (Maven
 * resource filtering), so that classes run by {@code mvn exec:java} or tests and the shaded jar
 * print the same; the jar manifest's Implementation-Version, then "development", when the file
 * is missing or was copied without filtering (an IDE build).
 */
final class Version implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"orbitpress " + version()};
    }

    static String version() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version", "").strip();
                if (!v.isEmpty() && !v.contains("${")) {
                    return v;
                }
            }
        } catch (IOException e) {
            // fall through to the manifest
        }
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}
