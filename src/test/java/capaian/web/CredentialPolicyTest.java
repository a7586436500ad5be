package capaian.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.*;

class CredentialPolicyTest {
    @AfterEach
    void clear() {
        for (String n : new String[] {"token-days", "token-max-days", "reauth-minutes", "login-address-failures"}) {
            System.clearProperty("capaian.auth." + n);
        }
    }

    @Test
    void defaultsAreThoseDocumented() {
        CredentialPolicy p = CredentialPolicy.fromEnvironment();
        assertEquals(Duration.ofDays(90), p.tokenLifetime());
        assertEquals(Duration.ofDays(365), p.maxTokenLifetime());
        assertEquals(Duration.ofMinutes(5), p.reauthWindow());
        assertEquals(5, p.pairFailures());
        assertEquals(30, p.addressFailures());
        assertEquals(Duration.ofSeconds(30), p.baseLock());
        assertEquals(Duration.ofMinutes(15), p.maxLock());
        assertEquals(Duration.ofMinutes(15), p.window());
    }

    @Test
    void eachIsSetByASystemPropertyAndNonsenseIsRefusedInPlainWords() {
        System.setProperty("capaian.auth.token-days", "30");
        System.setProperty("capaian.auth.reauth-minutes", "2");
        System.setProperty("capaian.auth.login-address-failures", "100");
        CredentialPolicy p = CredentialPolicy.fromEnvironment();
        assertEquals(Duration.ofDays(30), p.tokenLifetime());
        assertEquals(Duration.ofMinutes(2), p.reauthWindow());
        assertEquals(100, p.addressFailures());

        System.setProperty("capaian.auth.token-days", "tiga puluh");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, CredentialPolicy::fromEnvironment);
        assertTrue(e.getMessage().contains("bilangan bulat positif"), e.getMessage());
        System.setProperty("capaian.auth.token-days", "400");
        assertThrows(IllegalArgumentException.class, CredentialPolicy::fromEnvironment, "beyond token-max-days (365)");
        System.setProperty("capaian.auth.token-max-days", "500");
        assertEquals(Duration.ofDays(400), CredentialPolicy.fromEnvironment().tokenLifetime());
    }
}
