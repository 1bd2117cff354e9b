package org.lixiang.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.lixiang.base.Problems;
import org.springframework.stereotype.Component;

/** At least 10 characters, not one of the passwords attackers try first, not the user name. */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 72; // BCrypt ignores anything past 72 bytes

    private final Set<String> common;

    PasswordPolicy() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            common = reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void check(String field, String password, String username, Problems problems) {
        if (password == null || password.length() < MIN_LENGTH) {
            problems.add(field, "password.tooShort", MIN_LENGTH);
        } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_LENGTH) {
            problems.add(field, "validation.tooLong", MAX_LENGTH);
        } else if (common.contains(password.toLowerCase(Locale.ROOT))
                || (username != null && password.equalsIgnoreCase(username))) {
            problems.add(field, "password.common");
        }
    }
}
