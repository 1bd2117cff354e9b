package org.lixiang;

import java.util.EnumSet;
import java.util.Set;
import org.lixiang.base.AppPrincipal;
import org.lixiang.base.Role;
import org.lixiang.identity.CreditCode;
import org.lixiang.identity.Organization;
import org.lixiang.identity.UserAdminService;
import org.lixiang.identity.UserDraft;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The accounts integration tests act as, created once per test database through the real
 * services: an applicant of each of two organizations, an expert, an officer, a leader, an admin.
 * {@link #as} logs one in for the current thread, the way Spring Security does for a request.
 */
public class TestAccounts {

    public static final String PASSWORD = "Test-Passw0rd-2026";
    public static final String ORG_A = CreditCode.withCheckCharacter("91330100MA0TA0001");
    public static final String ORG_B = CreditCode.withCheckCharacter("91330100MA0TB0002");
    public static final String BUREAU = CreditCode.withCheckCharacter("11330100MB0TC0003");

    private final UserAdminService admin;
    private final UserDetailsService details;
    private volatile boolean created;

    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    TestAccounts(UserAdminService admin, UserDetailsService details, org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.admin = admin;
        this.details = details;
        this.jdbc = jdbc;
    }

    /** Logs the named test account in on this thread (creating the accounts on first use). */
    public AppPrincipal as(String username) {
        ensureCreated();
        AppPrincipal principal = (AppPrincipal) details.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        return principal;
    }

    /** Logs in the user with this id (e.g. an expert the draw picked). */
    public AppPrincipal asUserId(long userId) {
        ensureCreated();
        String username = jdbc.queryForObject("select username from app_user where id = ?", String.class, userId);
        return as(username);
    }

    public void logout() {
        SecurityContextHolder.clearContext();
    }

    public synchronized void ensureCreated() {
        if (created) {
            return;
        }
        try {
            details.loadUserByUsername("t_admin");
        } catch (UsernameNotFoundException missing) {
            asSystem(() -> {
                admin.createOrganization("测试申报单位甲", ORG_A, Organization.Kind.COMPANY, null, null);
                admin.createOrganization("测试申报单位乙", ORG_B, Organization.Kind.UNIVERSITY, null, null);
                admin.createOrganization("测试科技局", BUREAU, Organization.Kind.GOVERNMENT, null, null);
                user("t_admin", BUREAU, Role.ADMIN);
                user("t_officer", BUREAU, Role.OFFICER);
                user("t_officer2", BUREAU, Role.OFFICER);
                user("t_leader", BUREAU, Role.LEADER);
                user("t_applicant", ORG_A, Role.APPLICANT);
                user("t_applicant2", ORG_B, Role.APPLICANT);
                user("t_expert", ORG_B, Role.EXPERT);
            });
        }
        created = true;
    }

    private void user(String username, String org, Role role) {
        admin.create(new UserDraft(username, PASSWORD, "测试" + username, username + "@example.org", null, org,
                Set.of(role), true));
    }

    static void asSystem(Runnable work) {
        AppPrincipal system = new AppPrincipal(0, "system", null, "System", EnumSet.allOf(Role.class), null, true);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(system, null, system.getAuthorities()));
        try {
            work.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
