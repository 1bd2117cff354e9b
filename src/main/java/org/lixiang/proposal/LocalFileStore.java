package org.lixiang.proposal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The file store in a local directory, {@code ${lixiang.data-dir}/files/ab/cd/<sha256>}: outside
 * the web root, under names the server chose. A file appears there complete or not at all
 * (written to a temporary file, then moved in one step).
 */
@Component
class LocalFileStore implements FileStore {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");

    private final Path root;
    private final Path incoming;

    LocalFileStore(@Value("${lixiang.data-dir}") String dataDir) {
        this.root = Path.of(dataDir).toAbsolutePath().normalize().resolve("files");
        this.incoming = root.resolve("incoming");
        try {
            Files.createDirectories(incoming);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the file store in " + root, e);
        }
    }

    @Override
    public String store(Path source) throws IOException {
        // same directory tree as the target, so the final move is a rename on one file system
        Path temp = Files.createTempFile(incoming, "upload-", ".tmp");
        try {
            MessageDigest sha256 = sha256();
            try (InputStream in = new DigestInputStream(Files.newInputStream(source), sha256);
                 OutputStream out = Files.newOutputStream(temp)) {
                in.transferTo(out);
            }
            String key = HexFormat.of().formatHex(sha256.digest());
            Path target = pathOf(key);
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException storedMeanwhile) {
                    // the same content arrived concurrently: one copy is enough
                }
            }
            return key;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        Path file = pathOf(key);
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException("no stored file " + key);
        }
        return Files.newInputStream(file);
    }

    @Override
    public boolean exists(String key) {
        return KEY.matcher(key == null ? "" : key).matches() && Files.isRegularFile(pathOf(key));
    }

    /** files/ab/cd/abcd…: two levels keep directories small. Only well-formed keys reach the disk. */
    Path pathOf(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a SHA-256 key");
        }
        return root.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
