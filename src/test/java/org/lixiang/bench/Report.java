package org.lixiang.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The results as Markdown: printed and written to {@code target/bench/results.md}. */
final class Report {

    private final StringBuilder md = new StringBuilder();

    Report heading(String text) {
        md.append("\n## ").append(text).append("\n\n");
        return this;
    }

    Report text(String text) {
        md.append(text).append("\n\n");
        return this;
    }

    Report code(String text) {
        md.append("```\n").append(text.strip()).append("\n```\n\n");
        return this;
    }

    Report table(List<String> header, List<List<String>> rows) {
        md.append("| ").append(String.join(" | ", header)).append(" |\n|");
        header.forEach(h -> md.append("---|"));
        md.append('\n');
        rows.forEach(r -> md.append("| ").append(String.join(" | ", r)).append(" |\n"));
        md.append('\n');
        return this;
    }

    String markdown() {
        return md.toString();
    }

    Path write(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, "# Lixiang benchmark results\n" + md, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String f(double value, int decimals) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
