package capaian.model;

import capaian.form.Role;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A map from role to value that stores only the roles present, in role order (as an EnumMap iterates): one bit
 * per role and an array as long as the entries. An EnumMap keeps an array of every role, a quarter of a
 * kilobyte a row that 100,000 rows in a 256 MB heap cannot afford. Null values are not stored.
 */
public final class RoleMap<V> extends AbstractMap<Role, V> {
    private static final Object[] EMPTY = {};

    static {
        // one bit of a long per role
        if (Role.values().length > Long.SIZE) throw new ExceptionInInitializerError("more roles than bits in a long");
    }

    private long present;
    private Object[] values = EMPTY;

    /** The bit of a role. */
    private static long bit(Role role) {
        return 1L << role.ordinal();
    }

    /** Where a present role's value sits: the number of present roles before it. */
    private int index(long bit) {
        return Long.bitCount(present & (bit - 1));
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof Role r && (present & bit(r)) != 0;
    }

    @Override
    public V get(Object key) {
        return key instanceof Role r ? get(r) : null;
    }

    /**
     * The value of a role, or null. The typed lookup the rows' fields are declared to reach: a direct call on a
     * final class, where {@code Map.get} dispatched through the interface and tested the key's type, on every
     * cell of every rule (8 % of a 100,000-row process compiled by C1).
     */
    @SuppressWarnings("unchecked")
    public V get(Role role) {
        long b = bit(role);
        return (present & b) == 0 ? null : (V) values[index(b)];
    }

    @Override
    @SuppressWarnings("unchecked")
    public V put(Role role, V value) {
        if (value == null) throw new NullPointerException("a RoleMap holds no null value");
        long b = bit(role);
        int i = index(b);
        if ((present & b) != 0) {
            V old = (V) values[i];
            values[i] = value;
            return old;
        }
        Object[] grown = new Object[values.length + 1];
        System.arraycopy(values, 0, grown, 0, i);
        grown[i] = value;
        System.arraycopy(values, i, grown, i + 1, values.length - i);
        values = grown;
        present |= b;
        return null;
    }

    @Override
    public V remove(Object key) {
        if (!(key instanceof Role r)) return null;
        long b = bit(r);
        if ((present & b) == 0) return null;
        int i = index(b);
        @SuppressWarnings("unchecked") V old = (V) values[i];
        Object[] shrunk = values.length == 1 ? EMPTY : new Object[values.length - 1];
        System.arraycopy(values, 0, shrunk, 0, i);
        System.arraycopy(values, i + 1, shrunk, i, values.length - i - 1);
        values = shrunk;
        present &= ~b;
        return old;
    }

    @Override
    public void clear() {
        present = 0;
        values = EMPTY;
    }

    @Override
    public Set<Entry<Role, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return values.length;
            }

            @Override
            public Iterator<Entry<Role, V>> iterator() {
                return new Entries();
            }
        };
    }

    /** The entries in role order; remove() removes the last one returned. */
    private final class Entries implements Iterator<Entry<Role, V>> {
        private static final Role[] ROLES = Role.values();
        private long left = present;
        private Role last;

        @Override
        public boolean hasNext() {
            return left != 0;
        }

        @Override
        public Entry<Role, V> next() {
            if (left == 0) throw new NoSuchElementException();
            Role role = ROLES[Long.numberOfTrailingZeros(left)];
            left &= left - 1;
            last = role;
            return new SimpleImmutableEntry<>(role, get(role));
        }

        @Override
        public void remove() {
            if (last == null) throw new IllegalStateException();
            RoleMap.this.remove(last);
            last = null;
        }
    }

}
