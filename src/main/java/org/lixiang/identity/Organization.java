package org.lixiang.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.lixiang.base.AbstractEntity;

/** An organization (申报单位 or an expert's employer), identified by its 统一社会信用代码. */
@Entity
@Table(name = "organization")
public class Organization extends AbstractEntity {

    /** What kind of organization it is; experts' employers and applicants share the table. */
    public enum Kind { COMPANY, UNIVERSITY, INSTITUTE, HOSPITAL, GOVERNMENT, OTHER }

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "credit_code", nullable = false, unique = true, length = 18)
    private String creditCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(name = "contact_name", length = 50)
    private String contactName;

    @Column(name = "contact_phone", length = 30)
    private String contactPhone;

    protected Organization() {
    }

    public Organization(String name, String creditCode, Kind kind, String contactName, String contactPhone) {
        this.name = name;
        this.creditCode = creditCode;
        this.kind = kind;
        this.contactName = contactName;
        this.contactPhone = contactPhone;
    }

    public String getName() {
        return name;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public Kind getKind() {
        return kind;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }
}
