package capaian.rules;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a rules profile from JSON; the default one ships as a resource. */
public final class ProfileLoader {
    private static final String DEFAULT_RESOURCE = "/capaian/rules/default-profile.json";
    private static volatile Profile defaultProfile;

    private ProfileLoader() {}

    public static Profile defaultProfile() {
        Profile p = defaultProfile;
        if (p == null) {
            try (InputStream in = ProfileLoader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
                if (in == null) throw new IllegalStateException("default profile missing from the jar");
                p = read(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException("default profile unreadable", e);
            }
            defaultProfile = p;
        }
        return p;
    }

    public static Profile load(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r);
        } catch (IOException e) {
            throw new ProfileException("berkas profil " + file + " tidak dapat dibaca: " + e.getMessage());
        }
    }

    public static Profile read(Reader json) {
        Profile p;
        try {
            p = new Gson().fromJson(json, Profile.class);
        } catch (JsonParseException e) {
            throw new ProfileException("profil bukan JSON yang sah: " + e.getMessage());
        }
        if (p == null) throw new ProfileException("profil kosong");
        p.validate();
        return p;
    }
}
