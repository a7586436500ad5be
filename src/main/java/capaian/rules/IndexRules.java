package capaian.rules;

import capaian.form.Titles;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One index of RULES section 11 in the profile: its category scale, the optional scale of its parts'
 * percentages, the IKU names it feeds, and its parts (one list, or one per SAKIP pedoman).
 */
public final class IndexRules {
    /** A SAKIP evaluation guideline: its label and its components with their maxima. */
    static final class Framework {
        String label;
        List<String> aliases;
        List<IndexComponent> components;
    }

    String scale;
    String partScale;
    List<String> ikuNames;
    List<IndexComponent> components;
    List<IndexComponent> aspects;
    BigDecimal nilaiMin;
    BigDecimal nilaiMax;
    String framework;
    Map<String, Framework> frameworks;

    IndexRules() {}

    public String scaleName() { return scale; }
    /** The scale for a part's percentage (dimension, component, aspect), or null for none. */
    public String partScaleName() { return partScale; }
    /** IKU indicator names this index feeds, compared case and punctuation aside. */
    public List<String> ikuNames() { return ikuNames == null ? List.of() : List.copyOf(ikuNames); }
    /** Sistem Merit's lowest and highest nilai of an indicator (1 and 4). */
    public BigDecimal nilaiMin() { return nilaiMin; }
    public BigDecimal nilaiMax() { return nilaiMax; }
    public List<IndexComponent> aspects() { return aspects == null ? List.of() : List.copyOf(aspects); }

    /** The profile's SAKIP pedoman key (permenpanrb-88-2021 by default); null for indices without one. */
    public String defaultFramework() { return framework; }

    /** The pedoman a header cell names (its label or an alias), else the default; null when none applies. */
    public String framework(String headerText) {
        String named = frameworkNamed(headerText);
        return named != null ? named : framework;
    }

    /** The key of the pedoman a text names (key, label or alias), or null. */
    public String frameworkNamed(String text) {
        String n = Titles.normalise(text);
        if (frameworks == null || n.isEmpty()) return null;
        for (Map.Entry<String, Framework> e : frameworks.entrySet()) {
            if (n.equals(Titles.normalise(e.getKey())) || n.equals(Titles.normalise(e.getValue().label))) return e.getKey();
            if (e.getValue().aliases != null) {
                for (String a : e.getValue().aliases) if (n.equals(Titles.normalise(a))) return e.getKey();
            }
        }
        return null;
    }

    public String frameworkLabel(String key) {
        Framework f = frameworks == null || key == null ? null : frameworks.get(key);
        return f == null ? null : f.label;
    }

    /** The parts with a maximum: the dimensions, or the components of a SAKIP pedoman (key may be null). */
    public List<IndexComponent> components(String frameworkKey) {
        if (frameworks != null) {
            Framework f = frameworks.get(frameworkKey == null ? framework : frameworkKey);
            return f == null ? List.of() : List.copyOf(f.components);
        }
        return components == null ? List.of() : List.copyOf(components);
    }

    /** The part a cell names among the given ones, or null. */
    public static IndexComponent find(List<IndexComponent> parts, String text) {
        for (IndexComponent c : parts) if (c.named(text)) return c;
        return null;
    }

    /** An aspect's maximum: the sum of its indicators' bobot × the top nilai. */
    public BigDecimal aspectMax(IndexComponent aspect) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal b : aspect.bobot()) sum = sum.add(b);
        return sum.multiply(nilaiMax);
    }

    void validate(String key, Profile p) {
        String where = "indices." + key;
        if (scale == null) throw new ProfileException(where + " harus punya \"scale\"");
        p.scale(scale);
        if (partScale != null) p.scale(partScale);
        if (frameworks != null) {
            if (frameworks.isEmpty() || framework == null || !frameworks.containsKey(framework)) {
                throw new ProfileException(where + ".framework harus salah satu dari " + frameworks.keySet()
                        + ", bukan \"" + framework + "\"");
            }
            for (Map.Entry<String, Framework> e : frameworks.entrySet()) {
                if (e.getValue().label == null) throw new ProfileException(where + ".frameworks." + e.getKey() + " harus punya \"label\"");
                maxima(where + ".frameworks." + e.getKey(), e.getValue().components);
            }
        } else if (aspects != null) {
            if (nilaiMin == null || nilaiMax == null || nilaiMin.compareTo(nilaiMax) >= 0) {
                throw new ProfileException(where + " harus punya \"nilaiMin\" lebih kecil dari \"nilaiMax\"");
            }
            BigDecimal total = BigDecimal.ZERO;
            for (IndexComponent a : aspects) {
                named(where, a);
                if (a.weight == null || a.weight.signum() <= 0) {
                    throw new ProfileException(where + ": aspek \"" + a.name + "\" harus punya \"weight\" (persen) lebih dari 0");
                }
                if (a.bobot().isEmpty() || a.bobot().stream().anyMatch(b -> b == null || b.signum() <= 0)) {
                    throw new ProfileException(where + ": aspek \"" + a.name + "\" harus punya \"bobot\" indikator, masing-masing lebih dari 0");
                }
                total = total.add(a.weight);
            }
            if (total.compareTo(Profile.hundred()) != 0) {
                throw new ProfileException(where + ": bobot aspek berjumlah " + total.toPlainString() + ", harus 100");
            }
        } else {
            maxima(where, components);
        }
    }

    private static void maxima(String where, List<IndexComponent> parts) {
        if (parts == null || parts.isEmpty()) throw new ProfileException(where + " harus punya \"components\"");
        BigDecimal total = BigDecimal.ZERO;
        for (IndexComponent c : parts) {
            named(where, c);
            if (c.max == null || c.max.signum() <= 0) {
                throw new ProfileException(where + ": komponen \"" + c.name + "\" harus punya \"max\" lebih dari 0");
            }
            total = total.add(c.max);
        }
        if (total.compareTo(Profile.hundred()) != 0) {
            throw new ProfileException(where + ": maksimum komponen berjumlah " + total.toPlainString() + ", harus 100");
        }
    }

    private static void named(String where, IndexComponent c) {
        if (c == null || c.name == null || c.name.isBlank()) throw new ProfileException(where + ": setiap bagian harus punya \"name\"");
    }
}
