package capaian.formula;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A worksheet function call, evaluated as Excel does. */
public record Fn(String name, List<Expr> args) implements Expr {
    /** Excel functions take at most 255 arguments; longer lists are nested in chunks of this many. */
    static final int MAX_ARGS = 250;

    public Fn {
        args = List.copyOf(args);
    }

    static Fn of(String name, Expr... args) {
        return new Fn(name, List.of(args));
    }

    @Override
    public String render() {
        if (!aggregate()) {
            List<String> parts = new ArrayList<>();
            for (Expr a : args) parts.add(a.render());
            return call(name, parts);
        }
        List<String> parts = new ArrayList<>();
        for (Expr a : args) {
            if (a instanceof RowList l) parts.addAll(l.parts());
            else parts.add(a.render());
        }
        if (parts.isEmpty()) parts.add(name.equals("SUM") || name.equals("COUNT") ? "0" : "\"\"");
        if (parts.size() <= MAX_ARGS) return call(name, parts);
        if (!name.equals("SUM") && !name.equals("COUNT")) throw new Unrenderable(name + " over " + parts.size() + " ranges");
        List<String> chunks = new ArrayList<>();
        for (int k = 0; k < parts.size(); k += MAX_ARGS) {
            chunks.add(call(name, parts.subList(k, Math.min(parts.size(), k + MAX_ARGS))));
        }
        while (chunks.size() > MAX_ARGS) {
            List<String> nested = new ArrayList<>();
            for (int k = 0; k < chunks.size(); k += MAX_ARGS) {
                nested.add(call("SUM", chunks.subList(k, Math.min(chunks.size(), k + MAX_ARGS))));
            }
            chunks = nested;
        }
        return call("SUM", chunks);
    }

    /** As {@link #render()}, appended; an aggregate that must be nested in chunks goes through {@link #render()}. */
    @Override
    public void render(StringBuilder out) {
        boolean agg = aggregate();
        if (agg) {
            int parts = 0;
            for (Expr a : args) parts += a instanceof RowList l ? l.partCount() : 1;
            if (parts == 0 || parts > MAX_ARGS) {
                out.append(render());
                return;
            }
        }
        out.append(name).append('(');
        boolean first = true;
        for (Expr a : args) {
            if (agg && a instanceof RowList l && l.isEmpty()) continue;
            if (!first) out.append(',');
            first = false;
            a.render(out);
        }
        out.append(')');
    }

    private static String call(String name, List<String> args) {
        return name + "(" + String.join(",", args) + ")";
    }

    private boolean aggregate() {
        return switch (name) {
            case "SUM", "AVERAGE", "COUNT", "MIN", "MAX", "AND", "OR" -> true;
            default -> false;
        };
    }

    @Override
    public XValue evaluate(Cells cells) {
        return switch (name) {
            case "SUM", "AVERAGE", "COUNT", "MIN", "MAX" -> aggregate(cells);
            case "AND", "OR" -> logical(cells);
            case "ROUND" -> round(cells);
            case "IF" -> {
                XValue c = Excel.toBool(args.get(0).evaluate(cells));
                if (c.isError()) yield c;
                if (c.number() != 0) yield args.get(1).evaluate(cells);
                yield args.size() > 2 ? args.get(2).evaluate(cells) : XValue.FALSE;
            }
            case "IFERROR" -> {
                XValue v = args.get(0).evaluate(cells);
                yield v.isError() ? args.get(1).evaluate(cells) : v;
            }
            case "LOWER", "UPPER", "TRIM" -> {
                XValue t = Excel.toText(args.get(0).evaluate(cells));
                if (t.isError()) yield t;
                String s = t.text();
                yield XValue.text(switch (name) {
                    case "LOWER" -> s.toLowerCase(java.util.Locale.ROOT);
                    case "UPPER" -> s.toUpperCase(java.util.Locale.ROOT);
                    default -> Excel.trim(s);
                });
            }
            case "LEFT" -> {
                XValue t = Excel.toText(args.get(0).evaluate(cells));
                XValue n = args.size() > 1 ? Excel.toNumber(args.get(1).evaluate(cells)) : XValue.number(1);
                if (t.isError()) yield t;
                if (n.isError()) yield n;
                if (n.number() < 0) yield XValue.VALUE_ERROR;
                int k = (int) Math.min(t.text().length(), Math.floor(n.number()));
                yield XValue.text(t.text().substring(0, k));
            }
            default -> throw new IllegalStateException("function " + name);
        };
    }

    /** SUM, AVERAGE, COUNT, MIN, MAX: referenced cells count only when numeric; an error propagates (not in COUNT). */
    private XValue aggregate(Cells cells) {
        Tally t = new Tally(name.equals("COUNT"));
        for (int k = 0; k < args.size(); k++) { // indexed: an iterator per call, for every cell the gate checks
            Expr a = args.get(k);
            if (a instanceof RowList l) {
                for (int i = 0; i < l.size(); i++) if (!t.referenced(l.value(cells, i))) return t.error;
            } else if (a instanceof Ref r) {
                if (!t.referenced(r.evaluate(cells))) return t.error;
            } else {
                XValue v = a.evaluate(cells);
                if (t.count) {
                    if (v.isNumber()) t.add(v.number());
                    continue;
                }
                XValue n = Excel.toNumber(v);
                if (n.isError()) return n;
                t.add(n.number());
            }
        }
        return switch (name) {
            case "SUM" -> XValue.number(t.sum);
            case "COUNT" -> XValue.number(t.n);
            case "AVERAGE" -> t.n == 0 ? XValue.DIV0 : XValue.number(t.sum / t.n);
            case "MIN" -> XValue.number(t.n == 0 ? 0 : t.min);
            default -> XValue.number(t.n == 0 ? 0 : t.max);
        };
    }

    /** The numbers an aggregate has taken, kept as they come (no list: parents sum hundreds of leaf cells). */
    private static final class Tally {
        final boolean count;
        double sum;
        int n;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        XValue error;

        Tally(boolean count) {
            this.count = count;
        }

        void add(double d) {
            sum += d;
            n++;
            min = Math.min(min, d);
            max = Math.max(max, d);
        }

        /** A referenced cell: only numbers count; false (and {@link #error} set) when an error stops the aggregate. */
        boolean referenced(XValue v) {
            if (v.isNumber()) add(v.number());
            else if (v.isError() && !count) {
                error = v;
                return false;
            }
            return true;
        }
    }

    /** AND, OR: referenced texts and blanks are skipped; no logical value at all is #VALUE!. */
    private XValue logical(Cells cells) {
        Logic l = new Logic();
        for (int k = 0; k < args.size(); k++) {
            Expr a = args.get(k);
            if (a instanceof RowList rows) {
                for (int i = 0; i < rows.size(); i++) if (!l.take(rows.value(cells, i), true)) return l.error;
            } else if (!l.take(a.evaluate(cells), a instanceof Ref)) {
                return l.error;
            }
        }
        if (!l.any) return XValue.VALUE_ERROR;
        return XValue.bool(name.equals("AND") ? l.and : l.or);
    }

    private static final class Logic {
        boolean any;
        boolean and = true;
        boolean or;
        XValue error;

        /** False (and {@link #error} set) when the value stops the function with an error. */
        boolean take(XValue v, boolean referenced) {
            if (v.isError()) {
                error = v;
                return false;
            }
            if (referenced && (v.isText() || v.isBlank())) return true;
            XValue b = Excel.toBool(v);
            if (b.isError()) {
                error = b;
                return false;
            }
            any = true;
            and &= b.number() != 0;
            or |= b.number() != 0;
            return true;
        }
    }

    private XValue round(Cells cells) {
        XValue x = Excel.toNumber(args.get(0).evaluate(cells));
        XValue d = Excel.toNumber(args.get(1).evaluate(cells));
        if (x.isError()) return x;
        if (d.isError()) return d;
        return XValue.number(Excel.round(x.number(), (int) d.number()));
    }

    @Override
    public void cells(Consumer<Ref> out) {
        for (int k = 0; k < args.size(); k++) args.get(k).cells(out);
    }

    /** An expression Excel cannot take as a formula (too many arguments); its value is written instead. */
    public static final class Unrenderable extends RuntimeException {
        Unrenderable(String why) {
            super(why, null, false, false);
        }
    }
}
