package org.lixiang.proposal;

import java.time.Instant;

/** An attachment as screens list it. */
public record AttachmentInfo(long id, String name, String contentType, long sizeBytes, String sha256,
                             Instant uploadedAt) {
}
