package org.lixiang.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lixiang.IntegrationTest;
import org.lixiang.TestAccounts;
import org.lixiang.base.audit.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Login through Spring Security's real filter chain: throttling, session fixation, logout, audit. */
@IntegrationTest
@AutoConfigureMockMvc
class LoginSecurityTest {

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired AuditLog audit;

    /** The form post the login page makes (with its CSRF token), from a given address and session. */
    private static MockHttpServletRequestBuilder form(String user, String password, String address,
                                                     MockHttpSession session) {
        MockHttpServletRequestBuilder post = post("/login").param("username", user).param("password", password)
                .with(csrf()).with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                });
        return session == null ? post : post.session(session);
    }

    private static MockHttpServletRequestBuilder form(String user, String password) {
        return form(user, password, "127.0.0.1", null);
    }

    @BeforeEach
    void accountsExist() {
        accounts.ensureCreated();
        accounts.logout();
    }

    @Test
    void correctPasswordLogsInAndChangesTheSessionId() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();
        MvcResult result = mvc.perform(form("t_leader", TestAccounts.PASSWORD, "127.0.0.1", session)).andExpect(authenticated().withUsername("t_leader"))
                .andReturn();
        assertThat(result.getRequest().getSession().getId()).isNotEqualTo(before);
        accounts.as("t_admin"); // the bureau reads the trail
        assertThat(audit.latest("LOGIN", 5)).anyMatch(e -> "t_leader".equals(e.getActorName()));
    }

    @Test
    void unknownUserAndWrongPasswordFailTheSameWay() throws Exception {
        mvc.perform(form("nobody_here", "whatever-1234"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        mvc.perform(form("t_officer2", "wrong-password-1"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        accounts.as("t_admin");
        assertThat(audit.latest("LOGIN_FAILED", 10)).extracting(e -> e.getActorName())
                .contains("nobody_here", "t_officer2");
    }

    @Test
    void fiveFailuresLockTheAccountNameEvenForTheRightPassword() throws Exception {
        for (int i = 0; i < LoginThrottle.MAX_PER_ACCOUNT; i++) {
            String address = "10.0.0." + (i + 1);
            mvc.perform(form("t_expert", "wrong-" + i, address, null))
                    .andExpect(unauthenticated());
        }
        MockHttpSession session = new MockHttpSession();
        mvc.perform(form("t_expert", TestAccounts.PASSWORD, "127.0.0.9", session))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        assertThat(session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .isInstanceOf(LoginThrottledException.class);
        // another account from another address is not affected
        mvc.perform(form("t_officer", TestAccounts.PASSWORD, "127.0.0.10", null))
                .andExpect(authenticated());
    }

    @Test
    void oneAddressIsThrottledAcrossAccountNames() throws Exception {
        for (int i = 0; i < LoginThrottle.MAX_PER_ADDRESS; i++) {
            mvc.perform(form("guess" + i, "wrong-password", "192.0.2.7", null)).andExpect(unauthenticated());
        }
        mvc.perform(form("t_applicant2", TestAccounts.PASSWORD, "192.0.2.7", null)).andExpect(unauthenticated());
        mvc.perform(form("t_applicant2", TestAccounts.PASSWORD, "192.0.2.8", null)).andExpect(authenticated());
    }

    @Test
    void logoutInvalidatesTheSession() throws Exception {
        MvcResult login = mvc.perform(form("t_admin", TestAccounts.PASSWORD))
                .andExpect(authenticated()).andReturn();
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession();
        mvc.perform(post("/logout").with(csrf()).session(session)).andExpect(unauthenticated());
        assertThat(session.isInvalid()).isTrue();
        accounts.as("t_officer");
        assertThat(audit.latest("LOGOUT", 5)).anyMatch(e -> "t_admin".equals(e.getActorName())
                && "127.0.0.1".equals(e.getRemoteAddress()));
    }
}
