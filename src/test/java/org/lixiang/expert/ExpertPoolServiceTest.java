package org.lixiang.expert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lixiang.IntegrationTest;
import org.lixiang.TestAccounts;
import org.lixiang.TestClock;
import org.lixiang.base.InvalidInputException;
import org.lixiang.base.NotAllowedException;
import org.lixiang.base.ResearchField;
import org.lixiang.base.audit.AuditLog;
import org.lixiang.expert.ExpertFixtures.Expert;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Input rules, access rules, availability and the read API of the expert pool, on PostgreSQL. */
@IntegrationTest
@Import(ExpertFixtures.class)
class ExpertPoolServiceTest {

    @Autowired ExpertService experts;
    @Autowired ExpertPool pool;
    @Autowired ExpertFixtures fixtures;
    @Autowired TestAccounts accounts;
    @Autowired TestClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired AuditLog audit;

    @AfterEach
    void cleanUp() {
        accounts.logout();
        clock.reset();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private int profilesOf(long userId) {
        return jdbc.queryForObject("select count(*) from expert_profile where user_id = ?", Integer.class, userId);
    }

    private static String marker() {
        return "kw" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void everyBadFieldIsReportedAtOnceAndNothingIsStored() {
        Expert e = fixtures.expertUser("钱一", TestAccounts.ORG_A);
        accounts.as("t_officer");
        ExpertProfileDraft bad = new ExpertProfileDraft(Set.of(), null, "词".repeat(501), true, null, 0,
                List.of("正常单位", "单".repeat(201)), List.of("${jndi:ldap://x}"));
        assertThatThrownBy(() -> experts.create(e.id(), bad)).isInstanceOfSatisfying(InvalidInputException.class, x -> {
            assertThat(x.problems()).extracting(InvalidInputException.Problem::field).containsExactlyInAnyOrder(
                    "fields", "title", "keywords", "pausedUntil", "maxConcurrentReviews", "conflictOrganizations",
                    "conflictPeople");
            assertThat(x.problems()).anyMatch(p -> p.field().equals("conflictOrganizations")
                    && p.messageKey().equals("expert.conflictTooLong") && p.args()[0].equals(2));
            assertThat(x.problems()).anyMatch(p -> p.field().equals("maxConcurrentReviews")
                    && p.messageKey().equals("expert.maxReviewsRange"));
        });
        assertThat(profilesOf(e.id())).isZero();

        ExpertProfileDraft pastPause = new ExpertProfileDraft(Set.of(ResearchField.EQUIPMENT), ExpertTitle.SENIOR, "",
                true, today().minusDays(1), 51, List.of(), List.of());
        assertThatThrownBy(() -> experts.create(e.id(), pastPause)).isInstanceOfSatisfying(InvalidInputException.class,
                x -> assertThat(x.problems()).extracting(InvalidInputException.Problem::messageKey)
                        .containsExactlyInAnyOrder("expert.pausedUntilPast", "expert.maxReviewsRange"));
        assertThat(profilesOf(e.id())).isZero();

        // a bad update keeps the stored profile as it was
        long version = experts.create(e.id(), ExpertFixtures.draft("隧道机电", ResearchField.EQUIPMENT));
        assertThatThrownBy(() -> experts.update(e.id(), version, bad)).isInstanceOf(InvalidInputException.class);
        ExpertProfileDetails d = experts.details(e.id());
        assertThat(d.version()).isEqualTo(version);
        assertThat(d.profile().fields()).containsExactly(ResearchField.EQUIPMENT);
        assertThat(d.profile().keywords()).isEqualTo("隧道机电");
    }

    @Test
    void addingNeedsAnExpertUserWithoutAProfile() {
        Expert e = fixtures.expertUser("钱二", TestAccounts.ORG_A);
        long applicantId = accounts.as("t_applicant").userId();
        accounts.as("t_officer");
        ExpertProfileDraft ok = ExpertFixtures.draft("", ResearchField.ENVIRONMENT);
        assertThatThrownBy(() -> experts.create(applicantId, ok)).isInstanceOfSatisfying(InvalidInputException.class,
                x -> assertThat(x.problems()).extracting(InvalidInputException.Problem::messageKey)
                        .containsExactly("expert.userNotExpert"));
        assertThatThrownBy(() -> experts.create(null, ok)).isInstanceOfSatisfying(InvalidInputException.class,
                x -> assertThat(x.concerns("user")).isTrue());
        experts.create(e.id(), ok);
        assertThatThrownBy(() -> experts.create(e.id(), ok)).isInstanceOfSatisfying(InvalidInputException.class,
                x -> assertThat(x.problems()).extracting(InvalidInputException.Problem::messageKey)
                        .containsExactly("expert.profileExists"));
        assertThat(profilesOf(e.id())).isEqualTo(1);
        assertThat(experts.usersWithoutProfile("", 0, 500)).noneMatch(u -> u.userId() == e.id());
        assertThat(audit.forObject("expert", e.id())).extracting(a -> a.getAction())
                .containsExactly("EXPERT_PROFILE_CREATED");
    }

    @Test
    void anExpertKeepsTheirOwnProfileButNoOneElses() {
        Expert me = fixtures.expertUser("孙三", TestAccounts.ORG_A);
        Expert other = fixtures.expertWithProfile("李四", TestAccounts.ORG_B,
                ExpertFixtures.draft("", ResearchField.BIOMEDICINE));

        accounts.as(me.username());
        ExpertProfileDetails mine = experts.mine();
        assertThat(mine.exists()).isFalse();
        assertThat(mine.organizationName()).isEqualTo("测试申报单位甲");
        long version = experts.create(me.id(), ExpertFixtures.draft("酶工程", ResearchField.BIOMEDICINE));
        version = experts.update(me.id(), version, new ExpertProfileDraft(Set.of(ResearchField.BIOMEDICINE),
                ExpertTitle.ASSOCIATE_SENIOR, "酶工程、发酵", true, today().plusDays(10), 3,
                List.of(" 测试申报单位乙 ", "", "测试申报单位乙"), List.of("王五")));
        ExpertProfileDetails updated = experts.mine();
        assertThat(updated.version()).isEqualTo(version);
        assertThat(updated.profile().conflictOrganizations()).containsExactly("测试申报单位乙");
        assertThat(updated.profile().conflictPeople()).containsExactly("王五");
        assertThat(updated.profile().pausedUntil()).isEqualTo(today().plusDays(10));

        long otherVersion = jdbc.queryForObject("select version from expert_profile where user_id = ?", Long.class,
                other.id());
        assertThatThrownBy(() -> experts.details(other.id())).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> experts.update(other.id(), otherVersion, ExpertFixtures.draft("", ResearchField.AGRICULTURE)))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> experts.search(ExpertFilter.none(), 0, 10)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> pool.inField(ResearchField.BIOMEDICINE)).isInstanceOf(NotAllowedException.class);
        assertThat(jdbc.queryForObject("select version from expert_profile where user_id = ?", Long.class, other.id()))
                .isEqualTo(otherVersion);
    }

    @Test
    void applicantsAndAnonymousCallersAreRefused() {
        Expert e = fixtures.expertWithProfile("周五", TestAccounts.ORG_A, ExpertFixtures.draft("", ResearchField.EQUIPMENT));
        ExpertProfileDraft ok = ExpertFixtures.draft("", ResearchField.EQUIPMENT);
        accounts.as("t_applicant");
        assertThatThrownBy(() -> experts.search(ExpertFilter.none(), 0, 10)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> experts.count(ExpertFilter.none())).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> experts.details(e.id())).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> experts.mine()).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> experts.update(e.id(), 0, ok)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> experts.usersWithoutProfile("", 0, 10)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> pool.candidate(e.id())).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> pool.inField(ResearchField.EQUIPMENT)).isInstanceOf(NotAllowedException.class);

        accounts.logout();
        assertThatThrownBy(() -> experts.search(ExpertFilter.none(), 0, 10))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> experts.create(e.id(), ok)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        // an anonymous web visitor is not the process engine
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        assertThatThrownBy(() -> pool.inField(ResearchField.EQUIPMENT)).isInstanceOf(NotAllowedException.class);
        assertThat(profilesOf(e.id())).isEqualTo(1);
    }

    @Test
    void theProcessEngineWithNobodyLoggedInAndOfficersReadThePool() {
        Expert e = fixtures.expertWithProfile("吴六", TestAccounts.ORG_B, ExpertFixtures.draft("", ResearchField.EQUIPMENT));
        long applicantId = accounts.as("t_applicant").userId();
        accounts.logout();
        assertThat(pool.candidate(e.id())).isPresent();
        accounts.as("t_admin");
        assertThat(pool.candidate(e.id())).isPresent();
        accounts.as("t_officer");
        assertThat(pool.inField(ResearchField.EQUIPMENT)).anyMatch(c -> c.userId() == e.id());
        assertThat(pool.candidate(applicantId)).as("not an expert").isEmpty();
    }

    @Test
    void aPausedExpertIsUnavailableUpToAndIncludingTheLastDayOfThePause() {
        Expert e = fixtures.expertUser("郑七", TestAccounts.ORG_A);
        accounts.as(e.username());
        experts.create(e.id(), new ExpertProfileDraft(Set.of(ResearchField.AGRICULTURE), ExpertTitle.INTERMEDIATE,
                "", true, today().plusDays(3), 5, List.of(), List.of()));
        accounts.as("t_officer");
        assertThat(pool.candidate(e.id()).orElseThrow().available()).isFalse();
        assertThat(experts.details(e.id()).profile().paused()).isTrue();

        clock.advance(Duration.ofDays(3));
        assertThat(pool.candidate(e.id()).orElseThrow().available()).as("on the last day of the pause").isFalse();
        assertThat(pool.inField(ResearchField.AGRICULTURE)).filteredOn(c -> c.userId() == e.id())
                .singleElement().satisfies(c -> assertThat(c.available()).isFalse());

        clock.advance(Duration.ofDays(1));
        assertThat(pool.candidate(e.id()).orElseThrow().available()).isTrue();
        assertThat(pool.inField(ResearchField.AGRICULTURE)).filteredOn(c -> c.userId() == e.id())
                .singleElement().satisfies(c -> assertThat(c.available()).isTrue());
        // once the pause is over the editor shows the expert as active
        ExpertProfileDetails d = experts.details(e.id());
        assertThat(d.profile().paused()).isFalse();
        assertThat(d.available()).isTrue();
    }

    @Test
    void inFieldReturnsOnlyExpertsOfThatFieldWithTheirConflictsAndOrganization() {
        Expert materials = fixtures.expertWithProfile("冯八", TestAccounts.ORG_A, new ExpertProfileDraft(
                EnumSet.of(ResearchField.NEW_MATERIALS, ResearchField.SOCIAL_DEVELOPMENT), ExpertTitle.SENIOR, "碳纤维",
                false, null, 7, List.of("测试申报单位乙", "某研究院"), List.of("张伟")));
        Expert electronics = fixtures.expertWithProfile("陈九", TestAccounts.ORG_B,
                ExpertFixtures.draft("", ResearchField.ELECTRONICS));
        accounts.as("t_officer");

        List<ExpertCandidate> inMaterials = pool.inField(ResearchField.NEW_MATERIALS);
        assertThat(inMaterials).allMatch(c -> c.fields().contains(ResearchField.NEW_MATERIALS));
        assertThat(inMaterials).noneMatch(c -> c.userId() == electronics.id());
        ExpertCandidate c = inMaterials.stream().filter(x -> x.userId() == materials.id()).findFirst().orElseThrow();
        assertThat(c.name()).isEqualTo("冯八");
        assertThat(c.organizationName()).isEqualTo("测试申报单位甲");
        assertThat(c.organizationId()).isNotNull();
        assertThat(c.fields()).containsExactlyInAnyOrder(ResearchField.NEW_MATERIALS, ResearchField.SOCIAL_DEVELOPMENT);
        assertThat(c.title()).isEqualTo(ExpertTitle.SENIOR);
        assertThat(c.available()).isTrue();
        assertThat(c.maxConcurrentReviews()).isEqualTo(7);
        assertThat(c.conflictOrganizations()).containsExactly("测试申报单位乙", "某研究院");
        assertThat(c.conflictPeople()).containsExactly("张伟");
        assertThat(pool.inField(ResearchField.ELECTRONICS)).anyMatch(x -> x.userId() == electronics.id())
                .noneMatch(x -> x.userId() == materials.id());
        assertThat(pool.candidate(materials.id())).contains(c);
    }

    @Test
    void aConcurrentEditIsDetected() {
        Expert e = fixtures.expertWithProfile("褚十", TestAccounts.ORG_A, ExpertFixtures.draft("", ResearchField.EQUIPMENT));
        accounts.as("t_officer");
        long version = experts.details(e.id()).version();
        experts.update(e.id(), version, ExpertFixtures.draft("第一位", ResearchField.EQUIPMENT));
        accounts.as(e.username());
        assertThatThrownBy(() -> experts.update(e.id(), version, ExpertFixtures.draft("第二位", ResearchField.ELECTRONICS)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(experts.mine().profile().keywords()).isEqualTo("第一位");
        assertThat(experts.mine().profile().fields()).containsExactly(ResearchField.EQUIPMENT);
    }

    @Test
    void searchFiltersPagesAndCounts() {
        String tag = marker();
        Expert a = fixtures.expertWithProfile("卫甲" + tag, TestAccounts.ORG_A,
                ExpertFixtures.draft(tag + " 隧道", ResearchField.EQUIPMENT, ResearchField.ELECTRONICS));
        Expert b = fixtures.expertWithProfile("卫乙" + tag, TestAccounts.ORG_B,
                ExpertFixtures.draft(tag + " 桥梁", ResearchField.EQUIPMENT));
        Expert c = fixtures.expertWithProfile("卫丙" + tag, TestAccounts.ORG_B, new ExpertProfileDraft(
                Set.of(ResearchField.AGRICULTURE), ExpertTitle.OTHER, tag.toUpperCase() + " 蔬菜", true,
                today().plusDays(5), 5, List.of(), List.of()));
        accounts.as("t_admin");

        ExpertFilter byKeyword = new ExpertFilter(null, null, null, tag, null);
        assertThat(experts.count(byKeyword)).isEqualTo(3);
        assertThat(experts.search(byKeyword, 0, 10)).extracting(ExpertSummary::userId)
                .containsExactlyInAnyOrder(a.id(), b.id(), c.id());
        assertThat(experts.search(byKeyword, 1, 1)).hasSize(1);
        assertThat(experts.search(byKeyword, 0, 10)).filteredOn(s -> s.userId() == a.id()).singleElement()
                .satisfies(s -> {
                    assertThat(s.fields()).containsExactlyInAnyOrder(ResearchField.EQUIPMENT, ResearchField.ELECTRONICS);
                    assertThat(s.organizationName()).isEqualTo("测试申报单位甲");
                    assertThat(s.available()).isTrue();
                });

        ExpertFilter equipment = new ExpertFilter(null, null, ResearchField.EQUIPMENT, tag, null);
        assertThat(experts.count(equipment)).isEqualTo(2);
        assertThat(experts.search(equipment, 0, 10)).extracting(ExpertSummary::userId)
                .containsExactlyInAnyOrder(a.id(), b.id());

        ExpertFilter paused = new ExpertFilter(null, null, null, tag, ExpertFilter.Availability.UNAVAILABLE);
        assertThat(experts.search(paused, 0, 10)).singleElement().satisfies(s -> {
            assertThat(s.userId()).isEqualTo(c.id());
            assertThat(s.pausedUntil()).isEqualTo(today().plusDays(5));
            assertThat(s.available()).isFalse();
        });
        assertThat(experts.count(new ExpertFilter(null, null, null, tag, ExpertFilter.Availability.AVAILABLE)))
                .isEqualTo(2);

        assertThat(experts.count(new ExpertFilter("卫乙" + tag, null, null, null, null))).isEqualTo(1);
        assertThat(experts.count(new ExpertFilter(a.username(), null, null, null, null))).isEqualTo(1);
        assertThat(experts.search(new ExpertFilter(null, "申报单位乙", null, tag, null), 0, 10))
                .extracting(ExpertSummary::userId).containsExactlyInAnyOrder(b.id(), c.id());
        assertThat(experts.count(new ExpertFilter(null, null, null, "100%_" + tag, null))).isZero();

        clock.advance(Duration.ofDays(6));
        assertThat(experts.count(new ExpertFilter(null, null, null, tag, ExpertFilter.Availability.AVAILABLE)))
                .isEqualTo(3);
    }
}
