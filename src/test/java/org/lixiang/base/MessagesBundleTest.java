package org.lixiang.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Both languages carry every key, and every key the code asks for exists. */
class MessagesBundleTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesBundleTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** All keys of all bundles in one language ("" = English). */
    private static Properties all(String suffix) throws IOException {
        Properties p = new Properties();
        for (String bundle : Messages.bundleNames()) {
            String base = bundle.substring("i18n.".length());
            Properties one = load(base + suffix + ".properties");
            for (String key : one.stringPropertyNames()) {
                assertThat(p.containsKey(key)).as("key %s defined in two bundles", key).isFalse();
            }
            p.putAll(one);
        }
        return p;
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(Messages.bundleNames()).contains("i18n.messages");
        for (String bundle : Messages.bundleNames()) {
            String base = bundle.substring("i18n.".length());
            Set<String> en = load(base + ".properties").stringPropertyNames();
            Set<String> zh = load(base + "_zh_CN.properties").stringPropertyNames();
            assertThat(new TreeSet<>(zh)).as("keys of %s", base).isEqualTo(new TreeSet<>(en));
        }
    }

    @Test
    void messagesWithArgumentsAreValidMessageFormats() throws IOException {
        for (Properties p : new Properties[] {all(""), all("_zh_CN")}) {
            for (String key : p.stringPropertyNames()) {
                String pattern = p.getProperty(key);
                if (pattern.contains("{0")) {
                    // a lone apostrophe would silently swallow the argument
                    assertThat(new java.text.MessageFormat(pattern).format(new Object[] {1, 2, 3}))
                            .as(key).doesNotContain("{0");
                }
            }
        }
    }

    @Test
    void everyLiteralKeyUsedInTheCodeExists() throws IOException {
        Set<String> en = all("").stringPropertyNames();
        // getTranslation("x.y"), tr("x.y"), problems.add(field, "x.y"), Problem/of(..., "x.y"), i18n keys in annotations
        Pattern call = Pattern.compile("(?:getTranslation|tr|\\.add|\\.text|\\.of|title =)\\s*\\(?\\s*(?:\"[A-Za-z]+\",\\s*)?\"([a-z][A-Za-z0-9]*\\.[A-Za-z0-9.]*[A-Za-z0-9])\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = call.matcher(Files.readString(file));
                while (m.find()) {
                    if (!en.contains(m.group(1))) {
                        missing.add(m.group(1) + " in " + file.getFileName());
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyEnumLabelExistsInBothLanguages() throws IOException {
        Set<String> keys = new HashSet<>(all("").stringPropertyNames());
        for (Role r : Role.values()) {
            assertThat(keys).contains(r.labelKey());
        }
        for (ResearchField f : ResearchField.values()) {
            assertThat(keys).contains(f.labelKey());
        }
    }
}
