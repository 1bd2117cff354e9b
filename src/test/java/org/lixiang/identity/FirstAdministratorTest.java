package org.lixiang.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lixiang.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/** A new installation gets its administrator only from explicit settings, never a default password. */
@IntegrationTest
@Transactional // each case starts without administrators and leaves the shared database as it was
class FirstAdministratorTest {

    @Autowired UserAdminService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired PasswordEncoder encoder;

    @BeforeEach
    void noAdministratorYet() {
        jdbc.update("delete from user_role where role = 'ADMIN'");
    }

    private FirstAdministrator withPassword(String password) {
        return new FirstAdministrator(users, jdbc, "Chief_Admin", password, "chief@example.org");
    }

    @Test
    void withoutAPasswordSettingNoAccountIsCreated() {
        withPassword("").createIfNone();
        assertThat(admins()).isZero();
    }

    @Test
    void aWeakPasswordStopsTheStartRatherThanCreateAGuessableAccount() {
        assertThatThrownBy(() -> withPassword("123456").createIfNone()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("LIXIANG_ADMIN_");
        assertThatThrownBy(() -> withPassword("chief_admin").createIfNone()).isInstanceOf(IllegalStateException.class);
        assertThat(admins()).isZero();
    }

    @Test
    void aGoodPasswordCreatesTheAdministratorOnceWithItsHash() {
        withPassword("Harbor-Lantern-2031").createIfNone();
        withPassword("Harbor-Lantern-2031").createIfNone();
        assertThat(admins()).isEqualTo(1);
        String hash = jdbc.queryForObject("select password_hash from app_user where username = 'chief_admin'", String.class);
        assertThat(hash).doesNotContain("Harbor");
        assertThat(encoder.matches("Harbor-Lantern-2031", hash)).isTrue();
    }

    private int admins() {
        return jdbc.queryForObject("select count(*) from user_role where role = 'ADMIN'", Integer.class);
    }
}
