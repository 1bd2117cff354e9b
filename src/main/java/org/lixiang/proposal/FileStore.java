package org.lixiang.proposal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where attachment bytes live, addressed by their SHA-256 (lower-case hex). Storing the same
 * content twice keeps one copy. Kept this small so a shared object store can replace the local
 * directory when the portal runs on more than one server.
 */
public interface FileStore {

    /** Copies the file into the store and returns its key, the SHA-256 of its content. */
    String store(Path source) throws IOException;

    /** The content stored under the key. */
    InputStream open(String key) throws IOException;

    boolean exists(String key);
}
