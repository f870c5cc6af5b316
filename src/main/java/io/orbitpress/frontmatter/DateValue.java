package io.orbitpress.frontmatter;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates people write in front matter: {@code 2025-07-30}, {@code 2025-07-30T11:43:00-04:00},
 * Jekyll's {@code 2025-07-30 11:43:00 -0400}, with {@code Z} or {@code UTC}. A date without an
 * offset is taken in the site's time zone.
 */
public final class DateValue {

    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})"
                    + "(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?)?"
                    + "\\s*(Z|UTC|GMT|[+-]\\d{1,2}(?::?\\d{2})?)?");

    /** A parsed date, or the reason it is not one; {@code advice} is a warning worth showing. */
    public record Result(ZonedDateTime value, String problem, String advice) {
        public boolean ok() {
            return value != null;
        }
    }

    private DateValue() {
    }

    public static Result parse(String text, ZoneId zone) {
        String s = text.strip();
        Matcher m = DATE.matcher(s);
        if (!m.matches()) {
            String zoned = withZoneName(s, true);
            return new Result(null, zoned != null ? zoned
                    : "expected a date like 2025-07-30 or 2025-07-30T14:05:00-04:00, got \"" + s + "\"" + toWrite(s), null);
        }
        LocalDate day;
        LocalTime time = LocalTime.MIDNIGHT;
        try {
            day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return new Result(null, "expected a date like 2025-07-30, got \"" + s + "\", which is not a day on the calendar",
                    null);
        }
        try {
            if (m.group(4) != null) {
                int nanos = m.group(7) == null ? 0 : Integer.parseInt((m.group(7) + "00000000").substring(0, 9));
                time = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                        m.group(6) == null ? 0 : Integer.parseInt(m.group(6)), nanos);
            }
        } catch (DateTimeException e) {
            return new Result(null, "expected a time of day from 00:00 to 23:59, like 2025-07-30T14:05:00-04:00, got \""
                    + s + "\"", null);
        }
        String offset = m.group(8);
        if (offset == null) {
            LocalDateTime local = LocalDateTime.of(day, time);
            ZonedDateTime at = ZonedDateTime.of(local, zone);
            return new Result(at, null, m.group(4) == null ? null : clockChange(local, zone));
        }
        if (offset.equals("Z") || offset.equals("UTC") || offset.equals("GMT")) {
            return new Result(ZonedDateTime.of(LocalDateTime.of(day, time), ZoneOffset.UTC), null, null);
        }
        String digits = offset.substring(1).replace(":", "");
        int hours;
        int minutes = 0;
        String advice = null;
        if (digits.length() <= 2) {
            hours = Integer.parseInt(digits);
            advice = String.format("offset \"%s\" read as %c%02d:00; write it in full as %c%02d:00", offset,
                    offset.charAt(0), hours, offset.charAt(0), hours);
        } else {
            hours = Integer.parseInt(digits.substring(0, digits.length() - 2));
            minutes = Integer.parseInt(digits.substring(digits.length() - 2));
        }
        try {
            ZoneOffset zo = ZoneOffset.ofHoursMinutes(offset.charAt(0) == '-' ? -hours : hours,
                    offset.charAt(0) == '-' ? -minutes : minutes);
            return new Result(ZonedDateTime.of(LocalDateTime.of(day, time), zo), null, advice);
        } catch (DateTimeException e) {
            return new Result(null, "time zone offset \"" + offset + "\" is out of range; use one like -04:00", null);
        }
    }

    /** A time of day after a day written another way: {@code 15:30}, {@code 3:30 PM}, {@code 10 a.m.}, {@code 10:00:05}. */
    private static final String TIME = "(?:[ T,]+(?:at\\s+|в\\s+)?(\\d{1,2})(?:[:.](\\d{2}))?(?::(\\d{2}))?"
            + "\\s*([AaPp]\\.?\\s?[Mm]\\.?)?)?";

    /**
     * A day in numbers with another separator or order, or a 12-hour clock: 2026/12/05, 05.12.2026,
     * 12/05/2026, 12-05-2026, 2026-12-05 10:00 AM.
     */
    private static final Pattern NUMBERS = Pattern.compile("(\\d{1,4})([/.-])(\\d{1,2})\\2(\\d{1,4})\\.?" + TIME);

    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december"};

    /** Russian month names as a date writes them (the genitive), and the nominative. */
    private static final String[] MONTHS_RU = {"январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август",
        "сентябр", "октябр", "ноябр", "декабр"};

    /** "December 5, 2026", "Dec. 5th 2026". */
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(?:[A-Za-z]+,?\\s+)??([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + TIME);

    /** "5 December 2026", "5 декабря 2026 г.", "5-го декабря 2026 года". */
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(\\d{1,2})(?:st|nd|rd|th|-?го)?\\.?\\s+(\\p{L}{3,9})\\.?,?\\s+(\\d{4})(?:\\s*(?:г\\.|года|г))?" + TIME);

    /** A day and time on Moscow's clock as a Russian desk writes it: "2 августа, 08:27 мск", "... по Москве". */
    private static final Pattern MOSCOW_CLOCK = Pattern.compile(
            "(.*?\\d)\\s*\\(?(?:мск|МСК|MSK|по\\s+Москве|по\\s+московскому\\s+времени)\\)?");

    /**
     * What to write in place of {@code s}, a date written as desks write them elsewhere (a month's
     * name, another order or separator, a 12-hour clock), as the tail of the message that refuses it:
     * {@code "; write 2026-12-05T15:30"}, or both readings of a day that could be either
     * ({@code 12/05/2026}); "" when {@code s} is none of these, or no day on the calendar.
     */
    static String toWrite(String s) {
        Matcher moscow = MOSCOW_CLOCK.matcher(s.strip());
        if (moscow.matches()) {
            // a Russian desk's time on Moscow's clock: the same advice, with Moscow's offset that day
            String advice = toWrite(moscow.group(1));
            Matcher one = Pattern.compile("; write (\\d{4}-\\d{2}-\\d{2})T(\\d{2}:\\d{2}(?::\\d{2})?)").matcher(advice);
            if (!one.matches()) {
                return advice;
            }
            LocalDateTime local = LocalDateTime.parse(one.group(1) + "T" + one.group(2));
            return advice + ZoneId.of("Europe/Moscow").getRules().getOffset(local);
        }
        String t = s.strip();
        Matcher m = NUMBERS.matcher(t);
        if (m.matches()) {
            String time = time(m, 5);
            if (time == null) {
                return "";
            }
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            int c = Integer.parseInt(m.group(4));
            if (m.group(1).length() == 4) {
                return one(day(a, b, c), time);
            }
            if (m.group(4).length() != 4) {
                return "";
            }
            if (m.group(2).equals(".")) {
                return one(day(c, b, a), time); // 05.12.2026: day first, as Europe writes it
            }
            java.time.LocalDate monthFirst = day(c, a, b);
            java.time.LocalDate dayFirst = day(c, b, a);
            if (monthFirst != null && dayFirst != null && !monthFirst.equals(dayFirst)) {
                return "; write " + monthFirst + time + " for " + spoken(monthFirst) + ", or " + dayFirst + time
                        + " for " + spoken(dayFirst);
            }
            return one(monthFirst != null ? monthFirst : dayFirst, time);
        }
        m = MONTH_FIRST.matcher(t);
        if (m.matches()) {
            return named(m, 1, 2);
        }
        m = DAY_FIRST.matcher(t);
        return m.matches() ? named(m, 2, 1) : "";
    }

    /**
     * The advice for a day whose month is a name ({@link #MONTH_FIRST}, {@link #DAY_FIRST}): the
     * month's name in group {@code monthGroup}, the day in {@code dayGroup}, the year in 3, the time
     * from 4; "" when they name no day.
     */
    private static String named(Matcher m, int monthGroup, int dayGroup) {
        int month = month(m.group(monthGroup));
        String time = time(m, 4);
        return month == 0 || time == null ? "" : one(day(Integer.parseInt(m.group(3)), month,
                Integer.parseInt(m.group(dayGroup))), time);
    }

    private static String one(java.time.LocalDate day, String time) {
        return day == null ? "" : "; write " + day + time;
    }

    private static java.time.LocalDate day(int year, int month, int day) {
        try {
            return java.time.LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** "December 5", as the message names a reading of the day. */
    private static String spoken(java.time.LocalDate day) {
        return day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " "
                + day.getDayOfMonth();
    }

    /** The month {@code name} names, in English (whole or its first three letters) or Russian; 0 for none. */
    private static int month(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            if (n.length() >= 3 && MONTHS[i].startsWith(n)) {
                return i + 1;
            }
        }
        for (int i = 0; i < MONTHS_RU.length; i++) {
            String rest = n.startsWith(MONTHS_RU[i]) ? n.substring(MONTHS_RU[i].length()) : null;
            if (rest != null && rest.matches("[ьяйа]?") && n.length() > 2) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * The time of day the groups from {@code first} hold, as "T15:30" ("T15:30:05" with seconds; ""
     * when there is none); null when it is no time of day (a 12-hour clock past 12, an hour alone
     * without a.m. or p.m.).
     */
    private static String time(Matcher m, int first) {
        if (m.group(first) == null) {
            return "";
        }
        int hour = Integer.parseInt(m.group(first));
        int minute = m.group(first + 1) == null ? 0 : Integer.parseInt(m.group(first + 1));
        String second = m.group(first + 2);
        String half = m.group(first + 3);
        if (half != null) {
            if (hour < 1 || hour > 12) {
                return null;
            }
            boolean pm = Character.toLowerCase(half.charAt(0)) == 'p';
            hour = hour % 12 + (pm ? 12 : 0);
        } else if (m.group(first + 1) == null) {
            return null;
        }
        if (hour > 23 || minute > 59 || second != null && Integer.parseInt(second) > 59) {
            return null;
        }
        return String.format("T%02d:%02d", hour, minute) + (second == null ? "" : ":" + second);
    }

    /** A day and time followed by a zone's name or abbreviation: "2025-07-30 10:00 EDT", "2025-07-30T10:00 Europe/Moscow". */
    private static final Pattern ZONE_NAMED = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})[T ](\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*\\(?([A-Za-z]+(?:/[A-Za-z_+-]+)*)\\)?");

    /**
     * What to say of {@code s} when it is a time with a zone's name ({@code America/New_York}) or
     * abbreviation ({@code EDT}, {@code MSK}) after it: a date is written with its offset, and which
     * one that is; for an abbreviation whose offset its place's clock does not show that day
     * ({@code EST} in July), which one the clock shows; with {@code siteZone}, that the zone may be
     * left out for the site's. Null when {@code s} is no such time.
     */
    public static String withZoneName(String s, boolean siteZone) {
        Matcher m = ZONE_NAMED.matcher(s);
        if (!m.matches()) {
            return null;
        }
        LocalDateTime local;
        try {
            local = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
        } catch (DateTimeException e) {
            return null; // told as any other date that is none
        }
        String name = m.group(7);
        String written = local.toLocalDate() + "T" + String.format("%02d:%02d", local.getHour(), local.getMinute())
                + (local.getSecond() == 0 ? "" : String.format(":%02d", local.getSecond()));
        String leaveOut = siteZone ? " (or leave the zone out for the site's timeZone)" : "";
        java.util.List<java.util.Map.Entry<String, String>> places = ZoneAbbreviations.places(name);
        if (!places.isEmpty()) {
            // each place's clock that day: the offset the writer meant is one of them
            java.util.List<String> each = new java.util.ArrayList<>();
            for (java.util.Map.Entry<String, String> p : places) {
                each.add(written + ZoneId.of(p.getValue()).getRules().getOffset(local) + " for " + p.getKey());
            }
            return "a date takes its zone as an offset, not a name, and \"" + name + "\" is said of more than one"
                    + " zone's clock: write " + String.join(", ", each.subList(0, each.size() - 1)) + ", or "
                    + each.get(each.size() - 1) + leaveOut;
        }
        java.util.Optional<ZoneAbbreviations.Meaning> abbreviation = ZoneAbbreviations.meaning(name);
        ZoneId zone;
        try {
            zone = abbreviation.isPresent() ? ZoneId.of(abbreviation.get().zone()) : ZoneId.of(name);
        } catch (DateTimeException e) {
            return null;
        }
        ZoneOffset clock = zone.getRules().getOffset(local);
        ZoneOffset offset = abbreviation.map(ZoneAbbreviations.Meaning::offset).orElse(clock);
        String place = zone.getId().substring(zone.getId().lastIndexOf('/') + 1).replace('_', ' ');
        String said = "a date takes its zone as an offset, not a name: for \"" + s + "\" write " + written + offset
                + leaveOut;
        if (!offset.equals(clock)) {
            said += "; " + place + "'s clock is at " + clock + " on " + local.toLocalDate() + ", not " + offset
                    + ": for its time write " + written + clock;
        }
        return said;
    }

    /**
     * What to say of {@code local}, a time written without its offset in {@code zone}, when the
     * clocks skip it (going forward) or pass it twice (going back): how it is read, and how to
     * write it; null for any other time.
     */
    public static String clockChange(LocalDateTime local, ZoneId zone) {
        java.util.List<ZoneOffset> valid = zone.getRules().getValidOffsets(local);
        if (valid.size() == 1) {
            return null;
        }
        ZonedDateTime at = ZonedDateTime.of(local, zone);
        LocalTime time = local.toLocalTime();
        java.time.LocalDate day = local.toLocalDate();
        String told = time.getSecond() == 0 && time.getNano() == 0
                ? String.format("%02d:%02d", time.getHour(), time.getMinute()) : time.toString();
        return valid.isEmpty()
                ? told + " does not exist in " + zone.getId() + " on " + day + " (the clocks go forward); it is read"
                        + " as " + at.toLocalTime() + at.getOffset() + "; write the time with its offset, like " + day
                        + "T" + at.toLocalTime() + at.getOffset()
                : told + " comes twice in " + zone.getId() + " on " + day + " (the clocks go back); it is read as the"
                        + " first; write the time with its offset: " + day + "T" + told + valid.get(0) + " for the first, "
                        + day + "T" + told + valid.get(1) + " for the second";
    }
}
