package org.lixiang.expert;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.lixiang.TestAccounts;
import org.lixiang.base.ResearchField;
import org.lixiang.base.Role;
import org.lixiang.identity.UserAdminService;
import org.lixiang.identity.UserDraft;
import org.springframework.boot.test.context.TestComponent;

/** Expert users (and their profiles) for expert tests, made through the real services, each with a fresh name. */
@TestComponent
public class ExpertFixtures {

    private final UserAdminService users;
    private final ExpertService experts;
    private final TestAccounts accounts;

    ExpertFixtures(UserAdminService users, ExpertService experts, TestAccounts accounts) {
        this.users = users;
        this.experts = experts;
        this.accounts = accounts;
    }

    /** A new user with the EXPERT role in the given organization (by credit code), without a profile. */
    public Expert expertUser(String displayName, String organizationCode) {
        String username = "ex_" + UUID.randomUUID().toString().substring(0, 12);
        accounts.as("t_admin");
        long id = users.create(new UserDraft(username, TestAccounts.PASSWORD, displayName, username + "@example.org",
                null, organizationCode, Set.of(Role.EXPERT), true));
        accounts.logout();
        return new Expert(id, username);
    }

    /** A new expert with a profile, created by an officer. */
    public Expert expertWithProfile(String displayName, String organizationCode, ExpertProfileDraft draft) {
        Expert e = expertUser(displayName, organizationCode);
        accounts.as("t_officer");
        experts.create(e.id(), draft);
        accounts.logout();
        return e;
    }

    public static ExpertProfileDraft draft(String keywords, ResearchField... fields) {
        return new ExpertProfileDraft(EnumSet.of(fields[0], fields), ExpertTitle.SENIOR, keywords, false, null, 5,
                List.of(), List.of());
    }

    /** An expert user: id and user name (to log in as). */
    public record Expert(long id, String username) {
    }
}
