package org.lixiang.export;

/** Told how far an export has come, so the screen can show it; called from the export's thread. */
@FunctionalInterface
public interface ExportProgress {

    /** Nobody watches (tests, or a small file). */
    ExportProgress NONE = (done, total) -> { };

    /** {@code done} of {@code total} rows written ({@code total} may be 0 for an empty list). */
    void rows(long done, long total);
}
