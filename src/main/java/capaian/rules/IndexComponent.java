package capaian.rules;

import capaian.form.Titles;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A named part of an index in the profile: an IP ASN dimension or a SAKIP component with its maximum, or a
 * Sistem Merit aspect with its weight (%) and its indicators' bobot (its maximum is their sum × the top nilai).
 */
public final class IndexComponent {
    String name;
    List<String> aliases;
    BigDecimal max;
    BigDecimal weight;
    List<BigDecimal> bobot;

    IndexComponent() {}

    public String name() { return name; }
    public List<String> aliases() { return aliases == null ? List.of() : List.copyOf(aliases); }
    /** The maximum score: given for a dimension or component, else null. */
    public BigDecimal max() { return max; }
    /** A Sistem Merit aspect's weight in percent, else null. */
    public BigDecimal weight() { return weight; }
    /** A Sistem Merit aspect's indicators' bobot, in order. */
    public List<BigDecimal> bobot() { return bobot == null ? List.of() : List.copyOf(bobot); }

    /** Whether a cell names this part: its name or an alias, case, spacing and punctuation aside. */
    public boolean named(String text) {
        String n = Titles.normalise(text);
        if (n.isEmpty()) return false;
        List<String> all = new ArrayList<>(aliases());
        all.add(0, name);
        for (String a : all) if (n.equals(Titles.normalise(a))) return true;
        return false;
    }
}
