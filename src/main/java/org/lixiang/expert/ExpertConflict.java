package org.lixiang.expert;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A conflict an expert declares (回避): an organization or a person, by name. */
@Embeddable
class ExpertConflict {

    enum Kind { ORGANIZATION, PERSON }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(nullable = false, length = 200)
    private String name;

    protected ExpertConflict() {
    }

    ExpertConflict(Kind kind, String name) {
        this.kind = kind;
        this.name = name;
    }

    Kind kind() {
        return kind;
    }

    String name() {
        return name;
    }
}
