package capaian.model;

import capaian.form.Role;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The compact role map behaves as an EnumMap (the reference it replaces): same entries, same order. */
class RoleMapTest {

    @Test
    void keepsEntriesInRoleOrderWhateverTheOrderOfPutting() {
        RoleMap<String> m = new RoleMap<>();
        m.put(Role.REALISASI, "r");
        m.put(Role.KODE, "k");
        m.put(Role.TARGET, "t");
        // Role declares KODE before TARGET before REALISASI
        assertTrue(Role.KODE.ordinal() < Role.TARGET.ordinal() && Role.TARGET.ordinal() < Role.REALISASI.ordinal());
        assertEquals(List.of(Role.KODE, Role.TARGET, Role.REALISASI), new ArrayList<>(m.keySet()));
        assertEquals(List.of("k", "t", "r"), new ArrayList<>(m.values()));
        assertEquals(3, m.size());
    }

    @Test
    void putReplacesAndRemoveShrinks() {
        RoleMap<Integer> m = new RoleMap<>();
        assertNull(m.put(Role.PAGU, 1));
        assertEquals(1, m.put(Role.PAGU, 2));
        assertEquals(2, m.get(Role.PAGU));
        assertEquals(1, m.size());
        assertEquals(2, m.remove(Role.PAGU));
        assertNull(m.remove(Role.PAGU));
        assertTrue(m.isEmpty());
        assertFalse(m.containsKey(Role.PAGU));
        assertNull(m.get("PAGU"));
    }

    @Test
    void refusesNullValues() {
        assertThrows(NullPointerException.class, () -> new RoleMap<String>().put(Role.KODE, null));
    }

    @Test
    void iteratorRemovesTheLastEntryReturned() {
        RoleMap<String> m = new RoleMap<>();
        for (Role r : Role.values()) m.put(r, r.name());
        Iterator<Map.Entry<Role, String>> it = m.entrySet().iterator();
        while (it.hasNext()) if (it.next().getKey().ordinal() % 2 == 0) it.remove();
        for (Role r : Role.values()) assertEquals(r.ordinal() % 2 == 1, m.containsKey(r), r.name());
    }

    @Test
    void agreesWithAnEnumMapOverRandomEdits() {
        Random random = new Random(18);
        Role[] roles = Role.values();
        RoleMap<Integer> m = new RoleMap<>();
        Map<Role, Integer> expected = new EnumMap<>(Role.class);
        for (int i = 0; i < 5_000; i++) {
            Role r = roles[random.nextInt(roles.length)];
            if (random.nextInt(3) == 0) assertEquals(expected.remove(r), m.remove(r));
            else assertEquals(expected.put(r, i), m.put(r, i));
            assertEquals(expected.get(r), m.get(r));
        }
        assertEquals(expected, m);
        assertEquals(new ArrayList<>(expected.entrySet()), new ArrayList<>(m.entrySet()));
    }
}
