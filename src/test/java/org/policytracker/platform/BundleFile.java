package org.policytracker.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Properties;

/**
 * One language's bundle file read by itself (UTF-8), for tests that ask what that language has: a ResourceBundle
 * would answer a key missing in Chinese from its English parent.
 */
public final class BundleFile {

    private BundleFile() {
    }

    /** @param resource on the class path, e.g. {@code i18n/ui_zh.properties} */
    public static Properties read(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundleFile.class.getClassLoader().getResourceAsStream(resource)) {
            p.load(new InputStreamReader(Objects.requireNonNull(in, resource), StandardCharsets.UTF_8));
        }
        return p;
    }
}
