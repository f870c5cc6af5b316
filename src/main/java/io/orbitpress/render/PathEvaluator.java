package io.orbitpress.render;

import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.time.temporal.Temporal;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.engine.IterationStatusVar;
import org.thymeleaf.expression.Messages;
import org.thymeleaf.expression.Strings;
import org.thymeleaf.expression.Temporals;
import org.thymeleaf.standard.expression.IStandardVariableExpression;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.OGNLVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.StandardExpressionExecutionContext;
import org.thymeleaf.standard.expression.StandardExpressions;

/**
 * Evaluates the {@code ${...}} expressions themes write most, property paths like
 * {@code ${ap.article.title}}, {@code ${article.dateIso()}}, {@code ${a.tags[0].name}}, their
 * negation {@code ${!list.isEmpty()}}, equality of texts and integers ({@code ${template == 'home'}}),
 * {@code and}, {@code null} and the helpers {@code #strings.isEmpty(path)} and {@code #temporals.format(path, 'pattern')}, by
 * calling the model's accessors and Thymeleaf's own helper objects directly; everything
 * else, and every path this class cannot finish (a null halfway, an unknown name), goes to
 * Thymeleaf's OGNL evaluator, so results and error messages are OGNL's.
 *
 * <p>OGNL resolves each step through its reflection runtime and Thymeleaf's member-access
 * checks on every evaluation, which was most of the render time of a big site. Here a path is
 * parsed once and each step keeps the accessor it found per class. Only Orbitpress's own model
 * types (and Thymeleaf's iteration status) are read this way (their public record accessors, {@code getX}/{@code isX} getters and
 * no-argument methods), plus {@code size()}, {@code isEmpty()} and {@code length()} of
 * collections, maps and strings; any other type goes through OGNL and its access rules.
 *
 * <p>Before either, a path that starts from a name the page lacks, which no page's model holds and
 * no template sets, reads as null and is kept for the page's renderer to tell ({@link #watch},
 * {@link #met}): a misspelt variable, which OGNL would read as null without a word.
 */
final class PathEvaluator implements IStandardVariableExpressionEvaluator {

    private static final String MODEL_PACKAGE = "io.orbitpress.";
    /** Marks a value this class does not produce: the expression goes to OGNL. */
    private static final Object FALLBACK = new Object();

    private final IStandardVariableExpressionEvaluator ognl = new OGNLVariableExpressionEvaluator(true);
    private final Map<String, Parsed> parsed = new ConcurrentHashMap<>();
    private final java.util.function.Predicate<String> known;

    /**
     * {@code known}: the names a page may lack without a mistake, those a page's model may hold
     * and those the templates set ({@code th:with}, {@code th:each}, a fragment's parameters).
     * A path starting from any other name the page lacks is a mistake: {@link UnknownVariable}.
     */
    PathEvaluator(java.util.function.Predicate<String> known) {
        this.known = known;
    }

    /** An expression as parsed, and the names it starts paths from that are not known to exist. */
    private record Parsed(Expr expr, String[] unsure) {
    }

    /**
     * A path's first name that the page lacks and nothing in the templates sets: a misspelt
     * variable, in the template being processed ({@code template}, as the engine names it). It
     * reads as null, as before, so that the page goes on rendering and tells all of them.
     */
    record UnknownVariable(String template, String name, String expression) {
    }

    /** What the page rendering on this thread has met so far; null when no page is being watched. */
    private static final ThreadLocal<java.util.Set<UnknownVariable>> MET = new ThreadLocal<>();

    /** Watches the page about to render on this thread for unknown variables ({@link #met}). */
    static void watch() {
        MET.set(new java.util.LinkedHashSet<>());
    }

    /** The unknown variables the page rendered on this thread since {@link #watch} met, in order; stops watching. */
    static java.util.Set<UnknownVariable> met() {
        java.util.Set<UnknownVariable> met = MET.get();
        MET.remove();
        return met == null ? java.util.Set.of() : met;
    }

    private static void unknown(IExpressionContext context, String name, String expression) {
        java.util.Set<UnknownVariable> met = MET.get();
        if (met != null) {
            String template = context instanceof org.thymeleaf.context.ITemplateContext t
                    ? t.getTemplateData().getTemplate() : "";
            met.add(new UnknownVariable(template, name, expression));
        }
    }

    @Override
    public Object evaluate(IExpressionContext context, IStandardVariableExpression expression,
            StandardExpressionExecutionContext expContext) {
        String text = expression.getExpression();
        if (expression.getUseSelectionAsRoot() || text == null) {
            return ognl.evaluate(context, expression, expContext);
        }
        // get before computeIfAbsent: a lambda that captures this is made anew on each call
        Parsed p = parsed.get(text);
        if (p == null) {
            p = parsed.computeIfAbsent(text, this::parsed);
        }
        boolean misspelt = false;
        for (String name : p.unsure) {
            if (!context.containsVariable(name)) {
                unknown(context, name, text.strip());
                misspelt = true;
            }
        }
        if (misspelt) {
            return null; // told once the page is rendered, with every other one it meets
        }
        Expr expr = p.expr;
        // restricted contexts (links, inlined text, fragment parameters) may not read request
        // parameters; these forms cannot reach static members or create objects in any context
        boolean allowed = expr != Null.UNSUPPORTED && !(expContext.getRestrictVariableAccess() && expr.readsRequest());
        Object value = allowed ? expr.evaluate(context) : FALLBACK;
        if (value == FALLBACK) {
            return ognl.evaluate(context, expression, expContext);
        }
        if (!expContext.getPerformTypeConversion()) {
            return value;
        }
        return StandardExpressions.getConversionService(context.getConfiguration()).convert(context, value, String.class);
    }

    private Parsed parsed(String text) {
        Expr e = parse(text);
        if (e == null) {
            return new Parsed(Null.UNSUPPORTED, new String[0]);
        }
        java.util.Set<String> unsure = new java.util.LinkedHashSet<>();
        e.roots(name -> {
            // Thymeleaf's own names, which a web context fills: OGNL says what they are here
            boolean thymeleaf = switch (name) {
                case "param", "session", "application", "request", "response", "execInfo" -> true;
                default -> false;
            };
            if (!thymeleaf && !known.test(name)) {
                unsure.add(name);
            }
        });
        return new Parsed(e, unsure.toArray(new String[0]));
    }

    @Override
    public String toString() {
        return "OGNL with direct property paths";
    }

    /** An expression this class evaluates; {@link #FALLBACK} when OGNL has to. */
    private interface Expr {
        Object evaluate(IExpressionContext context);

        /** Whether it reads a variable that a web context would fill from the request. */
        boolean readsRequest();

        /** Gives the variables its paths start from. */
        default void roots(java.util.function.Consumer<String> out) {
        }
    }

    /**
     * The forms evaluated here: a path, {@code !path}, {@code path == 'text'} (or an integer,
     * another path or {@code null}) and {@code !=}, {@code path > 0} (and {@code <}, {@code >=},
     * {@code <=}, between integers), {@code a and b}, {@code a or b}, {@code !} before a form,
     * {@code null}, {@code 'text' + path}, {@code #strings.isEmpty(path)},
     * {@code #strings.listJoin(path, 'text')}, {@code #temporals.format(path, 'pattern')},
     * {@code #messages.msgOrNull(key)} with a text, a path or {@code 'text' + path} as key,
     * {@code #messages.msg('key', ...)} with texts or paths as parameters, and
     * {@code condition ? x : y} with a text, a path, a message or {@code null} on each side; null for
     * anything else.
     */
    static Expr parse(String text) {
        String s = text.strip();
        if (s.equals("null")) {
            return Null.VALUE;
        }
        int question = outsideQuotes(s, '?', 0);
        if (question >= 0) {
            int colon = outsideQuotes(s, ':', question + 1);
            if (question == 0 || colon < 0 || outsideQuotes(s, '?', question + 1) >= 0
                    || outsideQuotes(s, ':', colon + 1) >= 0) {
                return null;
            }
            Expr condition = parse(s.substring(0, question));
            Expr yes = branch(s.substring(question + 1, colon));
            Expr no = branch(s.substring(colon + 1));
            return condition == null || yes == null || no == null ? null : new Choice(condition, yes, no);
        }
        // "or" binds less tightly than "and": split at it first
        int or = outsideQuotes(s, " or ", 0);
        if (or > 0) {
            Expr left = parse(s.substring(0, or));
            Expr right = parse(s.substring(or + 4));
            return left == null || right == null ? null : new Junction(left, right, false);
        }
        int and = outsideQuotes(s, " and ", 0);
        if (and > 0) {
            Expr left = parse(s.substring(0, and));
            Expr right = parse(s.substring(and + 5));
            return left == null || right == null ? null : new Junction(left, right, true);
        }
        if (s.startsWith("!#")) {
            Expr inner = parse(s.substring(1));
            return inner == null ? null : new Not(inner);
        }
        String messageKey = inside(s, "#messages.msgOrNull(", ")");
        if (messageKey != null) {
            Expr key = key(messageKey);
            return key == null ? null : new MessageOrNull(key);
        }
        String message = inside(s, "#messages.msg(", ")");
        if (message != null) {
            return message(message);
        }
        String isEmpty = inside(s, "#strings.isEmpty(", ")");
        if (isEmpty != null) {
            Path arg = Path.parse(isEmpty);
            return arg == Path.NONE ? null : new StringsIsEmpty(arg);
        }
        String join = inside(s, "#strings.listJoin(", ")");
        if (join != null) {
            int comma = outsideQuotes(join, ',', 0);
            Path list = comma < 0 ? Path.NONE : Path.parse(join.substring(0, comma));
            String separator = comma < 0 ? null : literal(join.substring(comma + 1));
            return list == Path.NONE || list.negated || separator == null ? null : new StringsListJoin(list, separator);
        }
        String format = inside(s, "#temporals.format(", ")");
        if (format != null) {
            int comma = format.indexOf(',');
            String pattern = comma < 0 ? null : literal(format.substring(comma + 1));
            Path arg = comma < 0 ? Path.NONE : Path.parse(format.substring(0, comma));
            // the pattern may be a message of the page's language: #temporals.format(a.date, #messages.msg('date.long'))
            String key = comma < 0 || pattern != null ? null
                    : inside(format.substring(comma + 1).strip(), "#messages.msg(", ")");
            String keyText = key == null ? null : literal(key);
            if (arg != Path.NONE && keyText != null) {
                return new TemporalsFormat(arg, null, keyText);
            }
            return arg == Path.NONE || pattern == null ? null : new TemporalsFormat(arg, pattern, null);
        }
        int eq = outsideQuotes(s, "==", 0);
        int ne = outsideQuotes(s, "!=", 0);
        if (eq > 0 || ne > 0) {
            int at = eq > 0 ? eq : ne;
            Path left = Path.parse(s.substring(0, at));
            String rightText = s.substring(at + 2).strip();
            Object right = literal(rightText);
            if (right == null && rightText.equals("null")) {
                right = Null.VALUE;
            }
            if (right == null) {
                right = integerOrPath(rightText);
            }
            if (left == Path.NONE || left.negated || right == null || eq > 0 && ne > 0) {
                return null;
            }
            Equals equals = new Equals(left, right);
            return eq > 0 ? equals : new Not(equals);
        }
        for (Comparison.Op op : Comparison.Op.values()) {
            int at = outsideQuotes(s, op.symbol, 0);
            if (at > 0) {
                Path left = Path.parse(s.substring(0, at));
                Object right = integerOrPath(s.substring(at + op.symbol.length()).strip());
                return left == Path.NONE || left.negated || right == null ? null : new Comparison(left, op, right);
            }
        }
        int plus = outsideQuotes(s, "+", 0);
        if (plus > 0) {
            return key(s);
        }
        Path path = Path.parse(s);
        return path == Path.NONE ? null : path;
    }

    /** {@code #messages.msg('key', x, ...)}: a text key and texts or paths as parameters; null for anything else. */
    private static Expr message(String inside) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int comma = outsideQuotes(inside, ',', 0); comma >= 0; comma = outsideQuotes(inside, ',', from)) {
            parts.add(inside.substring(from, comma));
            from = comma + 1;
        }
        parts.add(inside.substring(from));
        String key = literal(parts.get(0));
        if (key == null) {
            return null;
        }
        List<Expr> parameters = new ArrayList<>();
        for (String p : parts.subList(1, parts.size())) {
            Expr e = branch(p);
            if (e == null || e == Null.VALUE) {
                return null;
            }
            parameters.add(e);
        }
        return new Message(key, parameters.toArray(new Expr[0]));
    }

    /** The right side of a comparison: an integer literal of up to eight digits, or a path not negated; else null. */
    private static Object integerOrPath(String s) {
        if (!s.isEmpty() && s.length() < 9 && s.chars().allMatch(Character::isDigit)) {
            return Integer.valueOf(s);
        }
        Path other = Path.parse(s);
        return other == Path.NONE || other.negated ? null : other;
    }

    /** A message key: {@code 'text'}, a path, or {@code 'text' + path}; null for anything else. */
    private static Expr key(String s) {
        int plus = outsideQuotes(s, "+", 0);
        if (plus < 0) {
            return branch(s);
        }
        String prefix = literal(s.substring(0, plus));
        Path path = Path.parse(s.substring(plus + 1));
        return prefix == null || path == Path.NONE || path.negated ? null : new Concat(prefix, path);
    }

    /** Where {@code c} is in {@code s} from {@code from} on, outside single quotes; -1 when it is not. */
    private static int outsideQuotes(String s, char c, int from) {
        return outsideQuotes(s, String.valueOf(c), from);
    }

    /** Where {@code token} starts in {@code s} from {@code from} on, outside single quotes; -1 when it does not. */
    private static int outsideQuotes(String s, String token, int from) {
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char x = s.charAt(i);
            if (x == '\'') {
                quoted = !quoted;
            } else if (!quoted && i >= from && s.startsWith(token, i)) {
                return i;
            }
        }
        return -1;
    }

    /** A side of {@code ? :}: a text literal, {@code null} or a path that is not negated; null for anything else. */
    private static Expr branch(String s) {
        String text = literal(s);
        if (text != null) {
            return new Text(text);
        }
        if (s.strip().equals("null")) {
            return Null.VALUE;
        }
        if (s.strip().startsWith("#messages.")) {
            return parse(s);
        }
        Path path = Path.parse(s);
        return path == Path.NONE || path.negated ? null : path;
    }

    /** What lies between {@code open} at the start and {@code close} at the end, or null. */
    private static String inside(String s, String open, String close) {
        return s.startsWith(open) && s.endsWith(close) ? s.substring(open.length(), s.length() - close.length()) : null;
    }

    /** The text of a single-quoted literal without quotes or escapes in it, or null. */
    private static String literal(String s) {
        String t = s.strip();
        if (t.length() < 2 || t.charAt(0) != '\'' || t.charAt(t.length() - 1) != '\'') {
            return null;
        }
        String body = t.substring(1, t.length() - 1);
        return body.indexOf('\'') < 0 && body.indexOf('\\') < 0 ? body : null;
    }

    /** {@code #strings.isEmpty(path)}, by Thymeleaf's own {@code #strings} object. */
    private record StringsIsEmpty(Path arg) implements Expr {
        @Override
        public void roots(java.util.function.Consumer<String> out) {
            arg.roots(out);
        }

        @Override
        public Object evaluate(IExpressionContext context) {
            Object value = arg.evaluate(context);
            if (value == FALLBACK || !(context.getExpressionObjects().getObject("strings") instanceof Strings strings)) {
                return FALLBACK;
            }
            return strings.isEmpty(value);
        }

        @Override
        public boolean readsRequest() {
            return arg.readsRequest();
        }
    }

    /** {@code #strings.listJoin(path, 'separator')} of a list, by Thymeleaf's own {@code #strings} object. */
    private record StringsListJoin(Path list, String separator) implements Expr {
        @Override
        public void roots(java.util.function.Consumer<String> out) {
            list.roots(out);
        }

        @Override
        public Object evaluate(IExpressionContext context) {
            Object value = list.evaluate(context);
            if (!(value instanceof List<?> items)
                    || !(context.getExpressionObjects().getObject("strings") instanceof Strings strings)) {
                return FALLBACK;
            }
            return strings.listJoin(items, separator);
        }

        @Override
        public boolean readsRequest() {
            return list.readsRequest();
        }
    }

    /**
     * {@code #temporals.format(path, 'pattern')}, by Thymeleaf's own {@code #temporals} object,
     * each value formatted once per locale: Thymeleaf
     * builds a formatter from the pattern on every call, and an article's date is shown on the
     * home, topic and entity pages that list it.
     */
    private static final class TemporalsFormat implements Expr {
        @Override
        public void roots(java.util.function.Consumer<String> out) {
            arg.roots(out);
        }

        private static final int MAX_REMEMBERED = 100_000;
        private final Path arg;
        private final String pattern;
        private final String messageKey;
        private final Map<java.util.Locale, Map<Temporal, String>> formatted = new ConcurrentHashMap<>();
        private final Map<java.util.Locale, String> patterns = new ConcurrentHashMap<>();

        /** With {@code messageKey}, the pattern is that message in the page's language; else {@code pattern}. */
        TemporalsFormat(Path arg, String pattern, String messageKey) {
            this.arg = arg;
            this.pattern = pattern;
            this.messageKey = messageKey;
        }

        private String pattern(IExpressionContext context) {
            if (messageKey == null) {
                return pattern;
            }
            if (!(context instanceof org.thymeleaf.context.ITemplateContext template)) {
                return null;
            }
            return patterns.computeIfAbsent(context.getLocale(), l -> template.getMessage(TemporalsFormat.class,
                    messageKey, new Object[0], true));
        }

        @Override
        public Object evaluate(IExpressionContext context) {
            Object value = arg.evaluate(context);
            if (!(value instanceof Temporal t)) {
                return FALLBACK;
            }
            Map<Temporal, String> byValue = formatted.get(context.getLocale());
            if (byValue == null) {
                byValue = formatted.computeIfAbsent(context.getLocale(), l -> new ConcurrentHashMap<>());
            }
            String text = byValue.get(t);
            if (text != null) {
                return text;
            }
            if (!(context.getExpressionObjects().getObject("temporals") instanceof Temporals temporals)) {
                return FALLBACK;
            }
            String p = pattern(context);
            if (p == null) {
                return FALLBACK;
            }
            text = temporals.format(t, p);
            if (byValue.size() >= MAX_REMEMBERED) {
                byValue.clear();
            }
            byValue.put(t, text);
            return text;
        }

        @Override
        public boolean readsRequest() {
            return arg.readsRequest();
        }
    }

    /**
     * {@code path == 'text'}, {@code path == 12} or {@code path == path}, for texts, integers and
     * null, which OGNL compares by value as here; other types go to OGNL. Against the literal
     * {@code null}, any value.
     */
    private record Equals(Path left, Object right) implements Expr {
        @Override
        public void roots(java.util.function.Consumer<String> out) {
            left.roots(out);
            if (right instanceof Path p) {
                p.roots(out);
            }
        }

        @Override
        public Object evaluate(IExpressionContext context) {
            Object a = left.evaluate(context);
            if (right == Null.VALUE) {
                // any value equals null only when it is null, as OGNL compares it
                return a == FALLBACK ? FALLBACK : a == null;
            }
            Object b = right instanceof Path p ? p.evaluate(context) : right;
            if (a == FALLBACK || b == FALLBACK || !comparable(a) || !comparable(b)) {
                return FALLBACK;
            }
            if (a == null || b == null) {
                return a == b;
            }
            return a.getClass() == b.getClass() ? a.equals(b) : FALLBACK;
        }

        private static boolean comparable(Object v) {
            return v == null || v instanceof String || v instanceof Integer;
        }

        @Override
        public boolean readsRequest() {
            return left.readsRequest() || right instanceof Path p && p.readsRequest();
        }
    }

    /** {@code path > 0}, {@code path <= path} and the like, between two integers; other types go to OGNL. */
    private record Comparison(Path left, Op op, Object right) implements Expr {
        @Override
        public void roots(java.util.function.Consumer<String> out) {
            left.roots(out);
            if (right instanceof Path p) {
                p.roots(out);
            }
        }

        /** In the order the parser looks for them: the two-character ones first. */
        enum Op {
            GE(">="), LE("<="), GT(">"), LT("<");

            final String symbol;

            Op(String symbol) {
                this.symbol = symbol;
            }
        }

        @Override
        public Object evaluate(IExpressionContext context) {
            Object a = left.evaluate(context);
            Object b = right instanceof Path p ? p.evaluate(context) : right;
            if (!(a instanceof Integer x) || !(b instanceof Integer y)) {
                return FALLBACK;
            }
            return switch (op) {
                case GE -> x >= y;
                case LE -> x <= y;
                case GT -> x > y;
                case LT -> x < y;
            };
        }

        @Override
        public boolean readsRequest() {
            return left.readsRequest() || right instanceof Path p && p.readsRequest();
        }
    }

    /** {@code !} before a form that gives a boolean. */
    private record Not(Expr inner) implements Expr {
        @Override
        public void roots(java.util.function.Consumer<String> out) {
            inner.roots(out);
        }

        @Override
        public Object evaluate(IExpressionContext context) {
            Object v = inner.evaluate(context);
            return v instanceof Boolean b ? !b : FALLBACK;
        }

        @Override
        public boolean readsRequest() {
            return inner.readsRequest();
        }
    }

    /** {@code 'text' + path} when the path gives a text; other values go to OGNL. */
    private record Concat(String prefix, Path path) implements Expr {
        @Override
        public void roots(java.util.function.Consumer<String> out) {
            path.roots(out);
        }

        @Override
        public Object evaluate(IExpressionContext context) {
            Object v = path.evaluate(context);
            return v instanceof String text ? prefix + text : FALLBACK;
        }

        @Override
        public boolean readsRequest() {
            return path.readsRequest();
        }
    }

    /** {@code #messages.msgOrNull(key)}, by Thymeleaf's own {@code #messages} object. */
    private record MessageOrNull(Expr key) implements Expr {
        @Override
        public void roots(java.util.function.Consumer<String> out) {
            key.roots(out);
        }

        @Override
        public Object evaluate(IExpressionContext context) {
            Object k = key.evaluate(context);
            if (!(k instanceof String text)
                    || !(context.getExpressionObjects().getObject("messages") instanceof Messages messages)) {
                return FALLBACK;
            }
            return messages.msgOrNull(text);
        }

        @Override
        public boolean readsRequest() {
            return key.readsRequest();
        }
    }

    /** {@code #messages.msg('key', ...)}, by Thymeleaf's own {@code #messages} object. */
    private record Message(String key, Expr[] parameters) implements Expr {
        @Override
        public void roots(java.util.function.Consumer<String> out) {
            for (Expr p : parameters) {
                p.roots(out);
            }
        }

        @Override
        public Object evaluate(IExpressionContext context) {
            if (!(context.getExpressionObjects().getObject("messages") instanceof Messages messages)) {
                return FALLBACK;
            }
            Object[] values = new Object[parameters.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = parameters[i].evaluate(context);
                if (values[i] == FALLBACK) {
                    return FALLBACK;
                }
            }
            return messages.msgWithParams(key, values);
        }

        @Override
        public boolean readsRequest() {
            for (Expr p : parameters) {
                if (p.readsRequest()) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * {@code a and b} ({@code and} true) or {@code a or b} of two booleans, the right one evaluated
     * only when the left does not decide: when it is true for {@code and}, false for {@code or}.
     */
    private record Junction(Expr left, Expr right, boolean and) implements Expr {
        @Override
        public void roots(java.util.function.Consumer<String> out) {
            left.roots(out);
            right.roots(out);
        }

        @Override
        public Object evaluate(IExpressionContext context) {
            Object a = left.evaluate(context);
            if (!(a instanceof Boolean first)) {
                return FALLBACK;
            }
            if (first != and) {
                return first;
            }
            Object b = right.evaluate(context);
            return b instanceof Boolean ? b : FALLBACK;
        }

        @Override
        public boolean readsRequest() {
            return left.readsRequest() || right.readsRequest();
        }
    }

    /**
     * {@code condition ? yes : no} when the condition is a boolean, as OGNL chooses; any other
     * condition value goes to OGNL, whose idea of truth for it is its own.
     */
    private record Choice(Expr condition, Expr yes, Expr no) implements Expr {
        @Override
        public void roots(java.util.function.Consumer<String> out) {
            condition.roots(out);
            yes.roots(out);
            no.roots(out);
        }

        @Override
        public Object evaluate(IExpressionContext context) {
            Object c = condition.evaluate(context);
            if (!(c instanceof Boolean b)) {
                return FALLBACK;
            }
            return (b ? yes : no).evaluate(context);
        }

        @Override
        public boolean readsRequest() {
            return condition.readsRequest() || yes.readsRequest() || no.readsRequest();
        }
    }

    /** A text literal. */
    private record Text(String value) implements Expr {
        @Override
        public Object evaluate(IExpressionContext context) {
            return value;
        }

        @Override
        public boolean readsRequest() {
            return false;
        }
    }

    /** The literal {@code null}; and the mark of an expression this class leaves to OGNL. */
    private enum Null implements Expr {
        VALUE, UNSUPPORTED;

        @Override
        public Object evaluate(IExpressionContext context) {
            return this == VALUE ? null : FALLBACK;
        }

        @Override
        public boolean readsRequest() {
            return false;
        }
    }

    /** A variable, then property, no-argument call and list index steps; maybe negated. */
    private static final class Path implements Expr {
        @Override
        public void roots(java.util.function.Consumer<String> out) {
            if (!variable.isEmpty()) {
                out.accept(variable);
            }
        }

        static final Path NONE = new Path(false, "", List.of());

        private final boolean negated;
        private final String variable;
        /** An array, walked without an iterator on every evaluation. */
        private final Step[] steps;

        private Path(boolean negated, String variable, List<Step> steps) {
            this.negated = negated;
            this.variable = variable;
            this.steps = steps.toArray(new Step[0]);
        }

        /** The path written in {@code text}, or {@link #NONE} when it is anything more than a path. */
        static Path parse(String text) {
            String s = text.strip();
            boolean negated = s.startsWith("!");
            if (negated) {
                s = s.substring(1).strip();
            }
            int i = identifierEnd(s, 0);
            if (i == 0) {
                return NONE;
            }
            String variable = s.substring(0, i);
            List<Step> steps = new ArrayList<>();
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '.') {
                    int end = identifierEnd(s, i + 1);
                    if (end == i + 1) {
                        return NONE;
                    }
                    String name = s.substring(i + 1, end);
                    boolean call = s.startsWith("()", end);
                    steps.add(new Property(name, call));
                    i = call ? end + 2 : end;
                } else if (c == '[') {
                    int close = s.indexOf(']', i);
                    if (close < 0) {
                        return NONE;
                    }
                    String digits = s.substring(i + 1, close);
                    if (digits.isEmpty() || digits.length() > 6 || !digits.chars().allMatch(Character::isDigit)) {
                        return NONE;
                    }
                    steps.add(new Index(Integer.parseInt(digits)));
                    i = close + 1;
                } else {
                    return NONE;
                }
            }
            if (isReserved(variable)) {
                return NONE;
            }
            return new Path(negated, variable, List.copyOf(steps));
        }

        /** OGNL's keywords and literals are not variables. */
        private static boolean isReserved(String name) {
            return switch (name) {
                case "true", "false", "null", "and", "or", "not", "in", "instanceof", "new", "this", "root",
                        "eq", "neq", "lt", "gt", "lte", "gte", "band", "bor", "xor", "shl", "shr", "ushr" -> true;
                default -> false;
            };
        }

        private static int identifierEnd(String s, int from) {
            if (from >= s.length() || !Character.isJavaIdentifierStart(s.charAt(from)) || s.charAt(from) == '$') {
                return from;
            }
            int i = from + 1;
            while (i < s.length() && Character.isJavaIdentifierPart(s.charAt(i)) && s.charAt(i) != '$') {
                i++;
            }
            return i;
        }

        @Override
        public boolean readsRequest() {
            return switch (variable) {
                case "param", "session", "application", "request", "response" -> true;
                default -> false;
            };
        }

        @Override
        public Object evaluate(IExpressionContext context) {
            Object value = context.getVariable(variable);
            if (value == null && !context.containsVariable(variable)) {
                // a variable the page does not set reads as null, as OGNL reads it; a step
                // further would fail, in OGNL's words, and a few names mean more to OGNL
                return steps.length == 0 && !negated && !readsRequest() && !variable.equals("execInfo") ? null
                        : FALLBACK;
            }
            for (Step step : steps) {
                if (value == null) {
                    return FALLBACK;
                }
                value = step.apply(value);
                if (value == FALLBACK) {
                    return FALLBACK;
                }
            }
            if (negated) {
                return value instanceof Boolean b ? !b : FALLBACK;
            }
            return value;
        }
    }

    private interface Step {
        Object apply(Object target);
    }

    private record Index(int index) implements Step {
        @Override
        public Object apply(Object target) {
            if (target instanceof List<?> list && index < list.size()) {
                return list.get(index);
            }
            return FALLBACK;
        }
    }

    /** A property read or no-argument call, with the accessor found for each class it met. */
    private static final class Property implements Step {
        /** Marks a type that has no such property: the expression goes to OGNL. */
        private static final Function<Object, Object> NO_ACCESSOR = target -> FALLBACK;
        private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

        private final String name;
        private final boolean call;
        private final Map<Class<?>, Function<Object, Object>> accessors = new ConcurrentHashMap<>();
        private volatile Reader last;

        /** The accessor of one type. */
        private record Reader(Class<?> type, Function<Object, Object> read) {
        }

        Property(String name, boolean call) {
            this.name = name;
            this.call = call;
        }

        @Override
        public Object apply(Object target) {
            if (!call && target instanceof Map<?, ?> map) {
                Object v = map.get(name);
                return v != null || map.containsKey(name) ? v : FALLBACK;
            }
            try {
                // one expression nearly always reads one type: the last one is kept at hand
                Reader last = this.last;
                Class<?> type = target.getClass();
                if (last == null || last.type() != type) {
                    Function<Object, Object> read = accessors.get(type);
                    if (read == null) {
                        read = accessors.computeIfAbsent(type, t -> accessor(find(t)));
                    }
                    last = new Reader(type, read);
                    this.last = last;
                }
                return last.read().apply(target);
            } catch (RuntimeException e) {
                // OGNL evaluates it again and reports the failure in its words
                return FALLBACK;
            }
        }

        /**
         * A direct call of {@code m}, made once per type: a reflective call asks the JVM for its
         * caller on every use, which cost a tenth of rendering a page.
         */
        private static Function<Object, Object> accessor(Method m) {
            if (m == null) {
                return NO_ACCESSOR;
            }
            try {
                MethodHandle target = LOOKUP.unreflect(m);
                @SuppressWarnings("unchecked")
                Function<Object, Object> f = (Function<Object, Object>) LambdaMetafactory.metafactory(LOOKUP, "apply",
                        MethodType.methodType(Function.class), MethodType.methodType(Object.class, Object.class), target,
                        target.type().wrap()).getTarget().invokeExact();
                return f;
            } catch (Throwable e) {
                // a method the generated class may not call: call it reflectively, without the access check each time
                try {
                    m.setAccessible(true);
                } catch (RuntimeException denied) {
                    return NO_ACCESSOR;
                }
                return t -> {
                    try {
                        return m.invoke(t);
                    } catch (IllegalAccessException | InvocationTargetException x) {
                        return FALLBACK;
                    }
                };
            }
        }

        /** The method that reads this property of {@code type}; null when there is none. */
        private Method find(Class<?> type) {
            if (type.getName().startsWith(MODEL_PACKAGE) || type == IterationStatusVar.class) {
                return call ? method(type, name) : getter(type);
            }
            boolean sized = Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)
                    || type == String.class;
            if (call && sized && (name.equals("isEmpty") || name.equals("size") || name.equals("length"))) {
                Class<?> owner = type == String.class ? String.class
                        : Collection.class.isAssignableFrom(type) ? Collection.class : Map.class;
                return method(owner, name);
            }
            return null;
        }

        private Method getter(Class<?> type) {
            String cap = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            Method m = method(type, "get" + cap);
            if (m == null) {
                m = method(type, "is" + cap);
                if (m != null && m.getReturnType() != boolean.class && m.getReturnType() != Boolean.class) {
                    m = null;
                }
            }
            if (m == null && type.isRecord()) {
                m = method(type, name);
            }
            return m;
        }

        /** A public no-argument instance method, callable from here; null when there is none. */
        private static Method method(Class<?> type, String name) {
            try {
                Method m = type.getMethod(name);
                if (Modifier.isStatic(m.getModifiers()) || m.getReturnType() == void.class
                        || !Modifier.isPublic(m.getDeclaringClass().getModifiers())) {
                    return null;
                }
                return m;
            } catch (NoSuchMethodException e) {
                return null;
            }
        }
    }
}
