package org.lixiang.export;

import java.io.IOException;

/**
 * The part of an export that takes time: reading the rows and writing the file. A feature's
 * export service checks access and records the audit entry when it hands out the job (on the
 * request thread, so the entry carries the user's address); {@link ExportRunner} then runs the
 * job on its own thread as the same user.
 */
@FunctionalInterface
public interface ExportJob {

    ExportFile write(ExportProgress progress) throws IOException;
}
