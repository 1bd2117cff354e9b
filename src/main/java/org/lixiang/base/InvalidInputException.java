package org.lixiang.base;

import java.util.List;

/**
 * Input a user can fix. Carries every problem at once, each tied to a field and an i18n key, so
 * the screen can show them next to their fields in the user's language. Thrown before anything
 * is written, or inside the transaction so that nothing is kept.
 */
public class InvalidInputException extends RuntimeException {

    /** One problem: the field it belongs to (null for the whole form), an i18n key and its arguments. */
    public record Problem(String field, String messageKey, Object... args) {
    }

    private final transient List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.stream().map(p -> p.field() + ":" + p.messageKey()).toList().toString());
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(String field, String messageKey, Object... args) {
        return new InvalidInputException(List.of(new Problem(field, messageKey, args)));
    }

    public List<Problem> problems() {
        return problems;
    }

    public boolean concerns(String field) {
        return problems.stream().anyMatch(p -> field.equals(p.field()));
    }
}
