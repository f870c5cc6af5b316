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
                    : "expected a date like 2025-07-30 or 2025-07-30T14:05:00-04:00, got \"" + s + "\"", null);
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
        java.util.Optional<ZoneAbbreviations.Meaning> abbreviation = ZoneAbbreviations.meaning(name);
        ZoneId zone;
        try {
            zone = abbreviation.isPresent() ? ZoneId.of(abbreviation.get().zone()) : ZoneId.of(name);
        } catch (DateTimeException e) {
            return null;
        }
        ZoneOffset clock = zone.getRules().getOffset(local);
        ZoneOffset offset = abbreviation.map(ZoneAbbreviations.Meaning::offset).orElse(clock);
        String written = local.toLocalDate() + "T" + String.format("%02d:%02d", local.getHour(), local.getMinute())
                + (local.getSecond() == 0 ? "" : String.format(":%02d", local.getSecond()));
        String place = zone.getId().substring(zone.getId().lastIndexOf('/') + 1).replace('_', ' ');
        String said = "a date takes its zone as an offset, not a name: for \"" + s + "\" write " + written + offset
                + (siteZone ? " (or leave the zone out for the site's timeZone)" : "");
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
