package org.lixiang.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lixiang.review.ExpertDraw.Candidate;
import org.lixiang.review.ExpertDraw.Person;
import org.lixiang.review.ExpertDraw.Proposal;

class ExpertDrawTest {

    static final Proposal PROPOSAL = new Proposal("市交通工程研究院",
            List.of(new Person("张伟", "市交通工程研究院"), new Person("李明", "东海大学")),
            List.of(new Person("黄强", "某同行企业"), new Person("刘芳", "")), Set.of(99L));

    static Candidate expert(long id, String name, String org) {
        return new Candidate(id, name, org, true, 5, 0, List.of(), List.of());
    }

    @Test
    void everyExclusionRuleApplies() {
        List<Candidate> pool = List.of(
                new Candidate(1, "停用专家", "甲大学", false, 5, 0, List.of(), List.of()),
                expert(2, "王同事", "市交通工程研究院"),
                expert(3, "赵队友单位", "东海大学"),
                expert(4, "李 明", "另一单位"),
                expert(5, "黄强", "某同行企业"),
                expert(6, "刘芳", "任意单位"),
                new Candidate(7, "声明单位冲突", "乙研究所", true, 5, 0, List.of("市交通工程研究院"), List.of()),
                new Candidate(8, "声明人员冲突", "丙研究所", true, 5, 0, List.of(), List.of("张伟")),
                new Candidate(9, "满负荷", "丁研究所", true, 3, 3, List.of(), List.of()),
                expert(99, "已邀请", "戊研究所"),
                expert(10, "合格专家", "己研究所"));
        ExpertDraw.Result r = ExpertDraw.draw(pool, PROPOSAL, 5, 42L);
        assertThat(r.excluded()).containsExactlyInAnyOrderEntriesOf(Map.of(
                1L, ExclusionReason.UNAVAILABLE,
                2L, ExclusionReason.SAME_ORGANIZATION,
                3L, ExclusionReason.TEAM_ORGANIZATION,
                4L, ExclusionReason.TEAM_MEMBER,
                5L, ExclusionReason.AVOIDED_BY_APPLICANT,
                6L, ExclusionReason.AVOIDED_BY_APPLICANT,
                7L, ExclusionReason.DECLARED_CONFLICT,
                8L, ExclusionReason.DECLARED_CONFLICT,
                9L, ExclusionReason.AT_CAPACITY,
                99L, ExclusionReason.ALREADY_ASSIGNED));
        assertThat(r.drawn()).extracting(Candidate::userId).containsExactly(10L);
        assertThat(r.missing()).isEqualTo(4);
        assertThat(r.exclusionCounts()).containsEntry(ExclusionReason.AVOIDED_BY_APPLICANT, 2)
                .containsEntry(ExclusionReason.DECLARED_CONFLICT, 2).containsEntry(ExclusionReason.UNAVAILABLE, 1);
    }

    @Test
    void theApplicantsAvoidListMatchesTheOrganizationWhenGiven() {
        Candidate sameNameOtherOrg = expert(5, "黄强", "完全不同的单位");
        assertThat(ExpertDraw.exclusion(sameNameOtherOrg, PROPOSAL)).isEmpty();
    }

    @Test
    void expertsWithFewerOpenReviewsAreDrawnFirst() {
        List<Candidate> pool = new ArrayList<>();
        for (long id = 1; id <= 6; id++) {
            pool.add(new Candidate(id, "专家" + id, "单位" + id, true, 10, id <= 3 ? 4 : 1, List.of(), List.of()));
        }
        ExpertDraw.Result r = ExpertDraw.draw(pool, PROPOSAL, 3, 7L);
        assertThat(r.drawn()).extracting(Candidate::userId).containsExactlyInAnyOrder(4L, 5L, 6L);
        ExpertDraw.Result four = ExpertDraw.draw(pool, PROPOSAL, 4, 7L);
        assertThat(four.drawn().subList(0, 3)).extracting(Candidate::openReviews).containsOnly(1);
        assertThat(four.drawn().get(3).openReviews()).isEqualTo(4);
    }

    @Test
    void theSameSeedGivesTheSameDrawAndAnotherSeedUsuallyAnother() {
        List<Candidate> pool = new ArrayList<>();
        for (long id = 1; id <= 30; id++) {
            pool.add(expert(id, "专家" + id, "单位" + id));
        }
        List<Long> first = ExpertDraw.draw(pool, PROPOSAL, 5, 123456789L).drawn().stream().map(Candidate::userId).toList();
        List<Candidate> reversed = new ArrayList<>(pool);
        java.util.Collections.reverse(reversed);
        List<Long> again = ExpertDraw.draw(reversed, PROPOSAL, 5, 123456789L).drawn().stream().map(Candidate::userId).toList();
        assertThat(again).as("independent of input order").isEqualTo(first);
        boolean anyDifferent = false;
        for (long seed = 1; seed < 10 && !anyDifferent; seed++) {
            anyDifferent = !ExpertDraw.draw(pool, PROPOSAL, 5, seed).drawn().stream().map(Candidate::userId).toList()
                    .equals(first);
        }
        assertThat(anyDifferent).isTrue();
    }

    @Test
    void tooFewEligibleDrawsAllThereAreAndReportsTheMissing() {
        ExpertDraw.Result r = ExpertDraw.draw(List.of(expert(10, "甲", "甲单位"), expert(11, "乙", "乙单位"),
                expert(12, "王同事", "市交通工程研究院")), PROPOSAL, 5, 1L);
        assertThat(r.drawn()).hasSize(2);
        assertThat(r.missing()).isEqualTo(3);
        assertThat(r.eligible()).isEqualTo(2);
        assertThat(r.exclusionCounts()).containsExactly(Map.entry(ExclusionReason.SAME_ORGANIZATION, 1));
    }
}
