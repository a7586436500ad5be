package capaian.store;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher(1_000);

    @Test
    void verifiesTheRightPasswordOnly() {
        String h = hasher.hash("rahasia-sekali".toCharArray());
        assertTrue(hasher.verify("rahasia-sekali".toCharArray(), h));
        assertFalse(hasher.verify("rahasia-sekalI".toCharArray(), h));
        assertFalse(hasher.verify("".toCharArray(), h));
    }

    @Test
    void saltsEachHashAndNeverContainsThePassword() {
        String a = hasher.hash("sama-saja-123".toCharArray());
        String b = hasher.hash("sama-saja-123".toCharArray());
        assertNotEquals(a, b, "per-user salt");
        assertFalse(a.contains("sama-saja-123"));
        assertTrue(a.startsWith("pbkdf2-sha256$1000$"));
    }

    @Test
    void keepsVerifyingAfterTheIterationCountIsRaised() {
        String old = hasher.hash("lama-sekali".toCharArray());
        assertTrue(new PasswordHasher(2_000).verify("lama-sekali".toCharArray(), old));
    }

    @Test
    void malformedStoredValuesNeverMatch() {
        for (String bad : new String[] {null, "", "plain", "pbkdf2-sha256$x$y$z", "md5$1$a$b"}) {
            assertFalse(hasher.verify("x".toCharArray(), bad), String.valueOf(bad));
        }
    }

    @Test
    void defaultCountFollowsCurrentGuidance() {
        assertTrue(PasswordHasher.DEFAULT_ITERATIONS >= 600_000);
    }
}
