package capaian.web;

import capaian.form.FormDefinition;
import capaian.rules.Profile;
import capaian.rules.ProfileLoader;
import capaian.write.TemplateWriter;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The templates handed out follow the rules profile in force: with the default profile, the committed
 * templates-xlsx/ files shipped in the jar (generated from it, drift-tested); with another (--profile X), templates
 * generated from X once and kept, so their formulas, categories and drop-downs are X's.
 */
final class ProfileTemplates {
    private final Profile profile;
    private final boolean shipped;
    private final Map<String, byte[]> generated = new ConcurrentHashMap<>();

    ProfileTemplates(Profile profile) {
        this.profile = profile;
        this.shipped = profile == ProfileLoader.defaultProfile();
    }

    boolean available(FormDefinition f) {
        return !shipped || ProfileTemplates.class.getResource("/templates/" + f.file()) != null;
    }

    /** The template's bytes, or null when the jar lacks the shipped one. */
    byte[] bytes(FormDefinition f) throws IOException {
        if (!shipped) return generated.computeIfAbsent(f.id(), id -> new TemplateWriter(profile).write(f));
        try (InputStream in = ProfileTemplates.class.getResourceAsStream("/templates/" + f.file())) {
            return in == null ? null : in.readAllBytes();
        }
    }
}
