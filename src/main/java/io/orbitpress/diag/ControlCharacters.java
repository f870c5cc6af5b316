package io.orbitpress.diag;

/**
 * The control characters pages leave out, as HTML and XML do not allow them (a vertical tab or a
 * C1 control pasted from a word processor), and how a message names one.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** Whether {@code c} is one: C0 but tab, line feed, form feed and carriage return; DEL; C1. */
    public static boolean control(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r' || c >= 0x7f && c <= 0x9f;
    }

    /** The code point of {@code c} with its name when it has a well-known one: "U+0007, bell". */
    public static String name(int c) {
        String code = String.format("U+%04X", c);
        String name = switch (c) {
            case 0 -> "NUL";
            case 7 -> "bell";
            case 8 -> "backspace";
            case 0x0b -> "vertical tab";
            case 0x1b -> "escape";
            case 0x7f -> "delete";
            case 0x85 -> "next line";
            default -> null;
        };
        return name == null ? code : code + ", " + name;
    }
}
