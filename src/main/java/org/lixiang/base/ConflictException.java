package org.lixiang.base;

/**
 * Someone else got there first: a step done in another tab or by a colleague. Not an error of
 * the user's input, not a security matter; the screen says so in the user's language.
 */
public class ConflictException extends RuntimeException {

    private final String messageKey;

    public ConflictException(String messageKey, String detail) {
        super(detail);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
