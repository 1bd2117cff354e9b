package org.lixiang.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lixiang.IntegrationTest;
import org.lixiang.TestAccounts;
import org.lixiang.base.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class RegistrationServiceTest {

    static final String VALID_CODE = "91350100M000100Y43";

    @Autowired RegistrationService registration;
    @Autowired UserDetailsService details;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestAccounts accounts;

    @AfterEach
    void logout() {
        accounts.logout();
    }

    static Registration valid(String username) {
        return new Registration(username, "Lantern-Harbor-77", "张三", username + "@example.org", "0571-88886666",
                "杭州示例科技有限公司", VALID_CODE, Organization.Kind.COMPANY, "李四", "13800000000");
    }

    @Test
    void registersAnApplicantWithTheirOrganizationAndAHashedPassword() {
        long id = registration.register(valid("Reg_Ok"));
        assertThat(details.loadUserByUsername("reg_ok").getAuthorities()).extracting(Object::toString)
                .containsExactly("ROLE_APPLICANT");
        String hash = jdbc.queryForObject("select password_hash from app_user where id = ?", String.class, id);
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("Lantern-Harbor-77");
        // a second applicant of the same organization joins it instead of duplicating it
        registration.register(valid("reg_ok_colleague"));
        assertThat(jdbc.queryForObject("select count(*) from organization where credit_code = ?", Integer.class,
                VALID_CODE)).isEqualTo(1);
    }

    @Test
    void duplicateUserNameIsRefusedRegardlessOfCase() {
        registration.register(valid("dup_user"));
        assertProblem(valid("DUP_user"), "username", "registration.usernameTaken");
    }

    @Test
    void weakPasswordsAreRefused() {
        assertProblem(with(valid("weak1"), r -> new Registration(r.username(), "short1!", r.displayName(), r.email(),
                r.phone(), r.organizationName(), r.creditCode(), r.organizationKind(), r.contactName(),
                r.contactPhone())), "password", "password.tooShort");
        assertProblem(with(valid("weak2"), r -> new Registration(r.username(), "Password123", r.displayName(),
                r.email(), r.phone(), r.organizationName(), r.creditCode(), r.organizationKind(), r.contactName(),
                r.contactPhone())), "password", "password.common");
    }

    @Test
    void invalidCreditCodeIsRefused() {
        assertProblem(with(valid("badcode"), r -> new Registration(r.username(), r.password(), r.displayName(),
                r.email(), r.phone(), r.organizationName(), "91350100M000100Y44", r.organizationKind(),
                r.contactName(), r.contactPhone())), "creditCode", "registration.creditCodeInvalid");
    }

    @Test
    void overLongFieldsAndTemplateSyntaxAreRefusedAndEveryProblemIsReportedAtOnce() {
        Registration bad = new Registration("x".repeat(51), "short", "名".repeat(51), "not-an-email", null,
                "${jndi:ldap://x}", "123", null, null, null);
        assertThatThrownBy(() -> registration.register(bad)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.problems()).extracting(InvalidInputException.Problem::field).contains(
                    "username", "password", "displayName", "email", "organizationName", "creditCode",
                    "organizationKind");
            assertThat(e.problems()).anyMatch(p -> p.field().equals("organizationName")
                    && p.messageKey().equals("validation.expression"));
        });
    }

    @Test
    void nothingIsStoredWhenRegistrationFails() {
        int users = jdbc.queryForObject("select count(*) from app_user", Integer.class);
        int orgs = jdbc.queryForObject("select count(*) from organization", Integer.class);
        Registration badEmail = new Registration("nothing_saved", "Lantern-Harbor-77", "王五", "nope", null,
                "全新单位", "91110000802100433B", Organization.Kind.COMPANY, null, null);
        assertThatThrownBy(() -> registration.register(badEmail)).isInstanceOf(InvalidInputException.class);
        assertThat(jdbc.queryForObject("select count(*) from app_user", Integer.class)).isEqualTo(users);
        assertThat(jdbc.queryForObject("select count(*) from organization", Integer.class)).isEqualTo(orgs);
    }

    private static Registration with(Registration r, UnaryOperator<Registration> change) {
        return change.apply(r);
    }

    private void assertProblem(Registration r, String field, String key) {
        assertThatThrownBy(() -> registration.register(r)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).anyMatch(p -> field.equals(p.field()) && key.equals(p.messageKey())));
    }
}
