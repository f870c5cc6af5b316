package io.orbitpress.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.testing.Chromium;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Search ranks a text with the word as the query writes it above one whose word only starts the
 * same: a Russian query word is looked for by its stem, and "Петров" without its ending is the
 * start of "Пётр". Skipped without Chromium unless CI=true.
 */
@Tag("browser")
class SearchRankingBrowserTest {

    @TempDir
    static Path dir;

    @TempDir
    static Path profile;

    static BuiltSiteInBrowser site;

    @BeforeAll
    static void start() throws Exception {
        Chromium.requireInstalled();
        Files.writeString(Files.createDirectories(dir.resolve("content")).resolve("site.yaml"),
                "title: Орбита\nbaseUrl: https://news.example.org/\nlanguage: ru\n");
        Path articles = Files.createDirectories(dir.resolve("content/articles"));
        // the newer story names Пётр: on equal scores, newer comes first
        Files.writeString(articles.resolve("elka.md"), """
                ---
                title: Ёлка на орбите
                date: 2025-12-30
                ---
                Бортинженер Пётр Ёлкин украсил модуль.
                """);
        Files.writeString(articles.resolve("vyhod.md"), """
                ---
                title: Выход в открытый космос
                date: 2025-12-01
                ---
                Космонавт Иван Петров вышел в открытый космос.
                """);
        site = BuiltSiteInBrowser.open(dir, profile);
    }

    @AfterAll
    static void stop() {
        if (site != null) {
            site.close();
        }
    }

    @Test
    void theWordAsWrittenRanksAboveAWordThatStartsTheSame() {
        site.driver.get(site.url("search/?q=" + java.net.URLEncoder.encode("Петров",
                java.nio.charset.StandardCharsets.UTF_8)));
        new WebDriverWait(site.driver, Duration.ofSeconds(10)).until(ExpectedConditions.textMatches(
                By.id("search-status"), Pattern.compile("\\d")));
        List<String> titles = site.driver.findElements(By.cssSelector("#search-results li.search-result h2"))
                .stream().map(WebElement::getText).toList();
        assertThat(titles).first().isEqualTo("Выход в открытый космос");
    }
}
