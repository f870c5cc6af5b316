package io.orbitpress.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Russian names in their six cases, with the English precision rules: whole words only, never in
 * code or URLs, a surname alone only after the full name. Each row is one article; the expected
 * ids are every mention it should yield, in order. Precision and recall over all rows are printed.
 */
class RussianExtractionTest {

    private static final MentionExtractor EXTRACTOR = MentionExtractor.builder()
            .entity(person("oleg-platonov", "Олег Платонов"))
            .entity(person("dmitry-bakanov", "Дмитрий Баканов"))
            .entity(person("zena-cardman", "Зена Кардман"))
            .entity(person("sean-duffy", "Шон Даффи"))
            .entity(person("sergey-ryzhikov", "Сергей Рыжиков"))
            .entity(person("alexey-zubritsky", "Алексей Зубрицкий"))
            .entity(person("kimiya-yui", "Кимия Юи"))
            .entity(person("michael-fincke", "Майкл Финк"))
            .entity(RussianNames.entityName("organizations", "roscosmos", "Роскосмос",
                    List.of("Госкорпорация «Роскосмос»"), false))
            .entity(RussianNames.entityName("organizations", "nasa", "НАСА", List.of("NASA"), false))
            .entity(RussianNames.entityName("missions", "soyuz-ms-27", "Союз МС-27", List.of("«Союз МС-27»"), false))
            .entity(RussianNames.entityName("missions", "iss", "Международная космическая станция", List.of("МКС"), false))
            .build();

    private static EntityName person(String id, String name) {
        return RussianNames.entityName("people", id, name, List.of(), true);
    }

    /** Text, then the ids it mentions in order ("" when none). */
    private static final String[][] ROWS = {
        {"Дмитрий Баканов прилетел в Вашингтон.", "dmitry-bakanov"},
        {"Переговоры Шона Даффи и Дмитрия Баканова прошли в четверг.", "sean-duffy dmitry-bakanov"},
        {"Журналисты спросили Олега Платонова о подготовке.", "oleg-platonov"},
        {"Командир экипажа доверяет Олегу Платонову. Платонову предстоит долгий полёт.",
            "oleg-platonov oleg-platonov"},
        {"Зена Кардман вместе с Олегом Платоновым прошла тренировки в Хьюстоне.", "zena-cardman oleg-platonov"},
        {"В NASA рассказали о Зене Кардман и Майкле Финке.", "nasa zena-cardman michael-fincke"},
        {"С Дмитрием Бакановым встретился Шон Даффи; Бакановым интересовались журналисты.",
            "dmitry-bakanov sean-duffy dmitry-bakanov"},
        {"Экипаж «Союза МС-27» возглавил Сергей Рыжиков.", "soyuz-ms-27 sergey-ryzhikov"},
        {"Роскосмосу и НАСА предстоит договориться о новых полётах.", "roscosmos nasa"},
        {"Сотрудники Роскосмоса встретили Алексея Зубрицкого.", "roscosmos alexey-zubritsky"},
        {"О Кимии Юи рассказали в японском агентстве.", "kimiya-yui"},
        {"Посёлок Платоновка и улица Бакановская к экипажу отношения не имеют.", ""},
        {"Имя `Олег Платонов` в коде и адрес https://example.org/Олег_Платонов не считаются.", ""},
        {"Олег пришёл первым, а Платонов — вторым.", ""},
        {"Госкорпорация «Роскосмос» ответила Зубрицкому.", "roscosmos"},
        {"Шону Даффи передали письмо от Зубрицкого, а Алексей Зубрицкий ответил Даффи.",
            "sean-duffy alexey-zubritsky sean-duffy"},
        {"Интервью с Зеной Кардман записали до старта.", "zena-cardman"},
        {"Об Олеге Платонове написали в ТАСС, о Роскосмосе — тоже.", "oleg-platonov roscosmos"},
        {"Кардман и Даффи не названы полностью, поэтому не считаются.", ""},
        {"Рыжиковым и Рыжикова здесь никто не называл по имени.", ""},
        {"Экипаж прибыл на Международную космическую станцию, и на МКС его встретили.", "iss iss"},
        {"Работа Международной космической станции продолжается.", "iss"},
    };

    @Test
    void inflectedNamesAreFoundWithEnglishPrecision() {
        int expected = 0;
        int found = 0;
        int correct = 0;
        List<String> misses = new ArrayList<>();
        for (String[] row : ROWS) {
            List<String> want = row[1].isEmpty() ? List.of() : List.of(row[1].split(" "));
            List<String> got = EXTRACTOR.extract(Registry.parse(row[0])).mentions().stream().map(Mention::id).toList();
            Map<String, Integer> left = new HashMap<>();
            want.forEach(id -> left.merge(id, 1, Integer::sum));
            for (String id : got) {
                if (left.getOrDefault(id, 0) > 0) {
                    left.merge(id, -1, Integer::sum);
                    correct++;
                }
            }
            expected += want.size();
            found += got.size();
            if (!got.equals(want)) {
                misses.add(row[0] + " -> " + got + " (expected " + want + ")");
            }
        }
        double precision = found == 0 ? 1 : (double) correct / found;
        double recall = expected == 0 ? 1 : (double) correct / expected;
        System.out.printf("Russian extraction: %d sentences, %d mentions expected, %d found, %d correct;"
                + " precision %.3f, recall %.3f%n", ROWS.length, expected, found, correct, precision, recall);
        misses.forEach(m -> System.out.println("  differs: " + m));
        assertThat(ROWS.length).isGreaterThanOrEqualTo(12);
        assertThat(precision).isGreaterThanOrEqualTo(0.95);
        assertThat(recall).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void caseFormsOfNames() {
        assertThat(RussianNames.forms("Олег Платонов", true)).contains("Олега Платонова", "Олегу Платонову",
                "Олегом Платоновым", "Олеге Платонове");
        assertThat(RussianNames.forms("Дмитрий Баканов", true)).contains("Дмитрия Баканова", "Дмитрием Бакановым",
                "Дмитрии Баканове");
        assertThat(RussianNames.forms("Зена Кардман", true)).contains("Зены Кардман", "Зене Кардман", "Зену Кардман",
                "Зеной Кардман").doesNotContain("Зены Кардмана");
        assertThat(RussianNames.forms("Алексей Зубрицкий", true)).contains("Алексея Зубрицкого",
                "Алексеем Зубрицким");
        assertThat(RussianNames.forms("Роскосмос", false)).contains("Роскосмоса", "Роскосмосу", "Роскосмосом",
                "Роскосмосе");
        assertThat(RussianNames.forms("НАСА", false)).containsExactly("НАСА");
        // a word and its number declines the word; an abbreviation with a number stays
        assertThat(RussianNames.forms("Восток-1", false)).contains("Востока-1", "Востоку-1", "Востоком-1", "Востоке-1");
        assertThat(RussianNames.forms("Союз МС-27", false)).contains("Союза МС-27", "Союзом МС-27")
                .doesNotContain("Союза МСа-27");
        assertThat(RussianNames.forms("Международная космическая станция", false)).contains(
                "Международной космической станции", "Международную космическую станцию",
                "Международной космической станцией");
        assertThat(RussianNames.forms("Европейское космическое агентство", false)).contains(
                "Европейского космического агентства", "Европейскому космическому агентству",
                "Европейским космическим агентством", "Европейском космическом агентстве");
        assertThat(RussianNames.forms("Zena Cardman", true)).containsExactly("Zena Cardman");
    }

    /** A double surname whose first part does not change as a surname does was found only as written. */
    @Test
    void aDoubleSurnameDeclinesItsLastPartOrBoth() {
        assertThat(RussianNames.forms("Сергей Кудь-Сверчков", true)).contains("Сергея Кудь-Сверчкова",
                "Сергеем Кудь-Сверчковым", "Сергее Кудь-Сверчкове");
        assertThat(RussianNames.forms("Николай Римский-Корсаков", true)).contains("Николая Римского-Корсакова",
                "Николаем Римским-Корсаковым");
    }
}
