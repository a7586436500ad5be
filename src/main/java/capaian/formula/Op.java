package capaian.formula;

import java.util.function.Consumer;

/** A binary operator: + - * / and the comparisons, with Excel's coercions. */
public record Op(String op, Expr left, Expr right) implements Expr {

    @Override
    public String render() {
        int p = precedence(op);
        String l = left instanceof Op o && precedence(o.op) < p ? "(" + left.render() + ")" : left.render();
        boolean rightParens = right instanceof Op o && (precedence(o.op) < p
                || precedence(o.op) == p && (op.equals("-") || op.equals("/") || p == 1));
        String r = rightParens ? "(" + right.render() + ")" : right.render();
        return l + op + r;
    }

    /** Excel's precedence: comparisons below + and -, below * and /; all left-associative. */
    private static int precedence(String op) {
        return switch (op) {
            case "*", "/" -> 3;
            case "+", "-" -> 2;
            default -> 1;
        };
    }

    @Override
    public void render(StringBuilder out) {
        int p = precedence(op);
        boolean leftParens = left instanceof Op o && precedence(o.op) < p;
        boolean rightParens = right instanceof Op o && (precedence(o.op) < p
                || precedence(o.op) == p && (op.equals("-") || op.equals("/") || p == 1));
        if (leftParens) out.append('(');
        left.render(out);
        if (leftParens) out.append(')');
        out.append(op);
        if (rightParens) out.append('(');
        right.render(out);
        if (rightParens) out.append(')');
    }

    @Override
    public XValue evaluate(Cells cells) {
        XValue a = left.evaluate(cells);
        XValue b = right.evaluate(cells);
        if (a.isError()) return a;
        if (b.isError()) return b;
        return switch (op) {
            case "+", "-", "*", "/" -> arithmetic(Excel.toNumber(a), Excel.toNumber(b));
            default -> XValue.bool(compare(Excel.compare(a, b)));
        };
    }

    private XValue arithmetic(XValue a, XValue b) {
        if (a.isError()) return a;
        if (b.isError()) return b;
        double x = a.number();
        double y = b.number();
        return switch (op) {
            case "+" -> XValue.number(x + y);
            case "-" -> XValue.number(x - y);
            case "*" -> XValue.number(x * y);
            default -> y == 0 ? XValue.DIV0 : XValue.number(x / y);
        };
    }

    private boolean compare(int c) {
        return switch (op) {
            case "=" -> c == 0;
            case "<>" -> c != 0;
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            case ">=" -> c >= 0;
            default -> throw new IllegalStateException("operator " + op);
        };
    }

    @Override
    public void cells(Consumer<Ref> out) {
        left.cells(out);
        right.cells(out);
    }
}
