package org.lixiang.review;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.lixiang.TestAccounts;
import org.lixiang.base.ResearchField;
import org.lixiang.base.Role;
import org.lixiang.expert.ExpertProfileDraft;
import org.lixiang.expert.ExpertService;
import org.lixiang.expert.ExpertTitle;
import org.lixiang.identity.CreditCode;
import org.lixiang.identity.Organization;
import org.lixiang.identity.UserAdminService;
import org.lixiang.identity.UserDraft;

/** Fresh experts with profiles for review tests, created through the real services (imported, never scanned). */
public class ReviewFixtures {

    private static int counter;
    private final UserAdminService users;
    private final ExpertService experts;
    private final TestAccounts accounts;

    ReviewFixtures(UserAdminService users, ExpertService experts, TestAccounts accounts) {
        this.users = users;
        this.experts = experts;
        this.accounts = accounts;
    }

    /** An available expert of the field employed by the given organization (to provoke a conflict). */
    public synchronized long expertAt(String organizationCreditCode, ResearchField field) {
        accounts.as("t_admin");
        int k = ++counter;
        String username = "rv_conflicted_" + k + "_" + (System.nanoTime() % 100000);
        long id = users.create(new UserDraft(username, TestAccounts.PASSWORD, "同单位专家" + k, username + "@example.org",
                null, organizationCreditCode, Set.of(Role.EXPERT), true));
        experts.create(id, new ExpertProfileDraft(EnumSet.of(field), ExpertTitle.SENIOR, "测试", false, null, 5,
                List.of(), List.of()));
        accounts.logout();
        return id;
    }

    /** Creates {@code n} available experts in the field, each at an organization of their own; returns user ids. */
    public synchronized List<Long> experts(int n, ResearchField field) {
        accounts.as("t_admin");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = ++counter;
            String code = CreditCode.withCheckCharacter(String.format("12330000RW%07d", k + (int) (System.nanoTime() % 1000) * 10000));
            String org = "评审测试研究所" + k + "_" + System.nanoTime();
            users.createOrganization(org, code, Organization.Kind.INSTITUTE, null, null);
            String username = "rv_expert_" + k + "_" + (System.nanoTime() % 100000);
            long id = users.create(new UserDraft(username, TestAccounts.PASSWORD, "评审专家" + k, username + "@example.org",
                    null, code, Set.of(Role.EXPERT), true));
            experts.create(id, new ExpertProfileDraft(EnumSet.of(field), ExpertTitle.SENIOR, "测试", false, null, 5,
                    List.of(), List.of()));
            ids.add(id);
        }
        accounts.logout();
        return ids;
    }
}
