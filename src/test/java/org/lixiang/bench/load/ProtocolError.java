package org.lixiang.bench.load;

/** The server answered something a browser would treat as an error or a lost connection. */
public final class ProtocolError extends RuntimeException {

    public ProtocolError(String message) {
        super(message);
    }

    public ProtocolError(String message, Throwable cause) {
        super(message, cause);
    }
}
