package org.lixiang.expert;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.lixiang.base.ResearchField;
import org.lixiang.base.Role;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Profiles, joined by id with identity's users and organizations for names (as proposals join
 * their applicant). A profile counts as an expert's only while the user still holds the EXPERT role.
 * Every LIKE names its escape character: Hibernate otherwise renders {@code escape ''} on
 * PostgreSQL, and an escaped {@code _} or {@code %} in a search text would match nothing.
 */
interface ExpertProfileRepository extends JpaRepository<ExpertProfile, Long> {

    Optional<ExpertProfile> findByUserId(long userId);

    boolean existsByUserId(long userId);

    /** The person behind a user id, if that user holds the role. */
    @Query("""
            select new org.lixiang.expert.ExpertProfileRepository$Person(u.id, u.username, u.displayName, o.id,
                   o.name, u.enabled)
            from org.lixiang.identity.AppUser u left join u.organization o join u.roles r
            where u.id = :userId and r = :role""")
    Optional<Person> person(@Param("userId") long userId, @Param("role") Role role);

    /** Users with the role and no profile yet, matching a text in their name or user name. */
    @Query("""
            select new org.lixiang.expert.ExpertUserOption(u.id, u.username, u.displayName, o.name)
            from org.lixiang.identity.AppUser u left join u.organization o join u.roles r
            where r = :role and not exists (select p.id from ExpertProfile p where p.userId = u.id)
              and (:text = '' or lower(u.displayName) like :text escape '\\' or lower(u.username) like :text escape '\\')
            order by u.username""")
    List<ExpertUserOption> withoutProfile(@Param("role") Role role, @Param("text") String likeText, Pageable page);

    String SEARCH = """
            from ExpertProfile p join org.lixiang.identity.AppUser u on u.id = p.userId
                 left join u.organization o join u.roles r
            where r = :role
              and (:name = '' or lower(u.displayName) like :name escape '\\' or lower(u.username) like :name escape '\\')
              and (:organization = '' or lower(o.name) like :organization escape '\\')
              and (:keyword = '' or lower(p.keywords) like :keyword escape '\\')
              and (:field is null or exists (select q.id from ExpertProfile q join q.fields f
                                             where q.id = p.id and f = :field))
              and (:availability = 0
                   or (:availability = 1 and u.enabled = true and (p.pausedUntil is null or p.pausedUntil < :today))
                   or (:availability = 2 and (u.enabled = false or p.pausedUntil >= :today)))
            """;

    /** A page of the expert list; {@code availability}: 0 any, 1 available on {@code today}, 2 not. */
    @Query("select new org.lixiang.expert.ExpertProfileRepository$Row(p.id, u.id, u.username, u.displayName, "
            + "o.id, o.name, p.title, p.keywords, p.pausedUntil, p.maxConcurrentReviews, u.enabled) " + SEARCH
            + " order by u.displayName, p.id")
    List<Row> search(@Param("role") Role role, @Param("name") String name,
                     @Param("organization") String organization, @Param("keyword") String keyword,
                     @Param("field") ResearchField field, @Param("availability") int availability,
                     @Param("today") LocalDate today, Pageable page);

    @Query("select count(p) " + SEARCH)
    long countSearch(@Param("role") Role role, @Param("name") String name,
                     @Param("organization") String organization, @Param("keyword") String keyword,
                     @Param("field") ResearchField field, @Param("availability") int availability,
                     @Param("today") LocalDate today);

    /** The experts with a profile in a field, one row per expert and each of their fields. */
    @Query("""
            select new org.lixiang.expert.ExpertProfileRepository$FieldRow(p.id, u.id, u.displayName, o.id, o.name,
                   p.title, p.pausedUntil, p.maxConcurrentReviews, u.enabled, f)
            from ExpertProfile p join org.lixiang.identity.AppUser u on u.id = p.userId
                 left join u.organization o join u.roles r join p.fields f
            where r = :role and exists (select q.id from ExpertProfile q join q.fields g
                                        where q.id = p.id and g = :field)
            order by p.id""")
    List<FieldRow> inField(@Param("role") Role role, @Param("field") ResearchField field);

    /** Experts' names by user id, in one query. */
    @Query("""
            select u.id, u.displayName from ExpertProfile p join org.lixiang.identity.AppUser u on u.id = p.userId
            where u.id in :userIds""")
    List<Object[]> namesOf(@Param("userIds") java.util.Collection<Long> userIds);

    /** One expert's rows, as {@link #inField}. */
    @Query("""
            select new org.lixiang.expert.ExpertProfileRepository$FieldRow(p.id, u.id, u.displayName, o.id, o.name,
                   p.title, p.pausedUntil, p.maxConcurrentReviews, u.enabled, f)
            from ExpertProfile p join org.lixiang.identity.AppUser u on u.id = p.userId
                 left join u.organization o join u.roles r join p.fields f
            where r = :role and u.id = :userId""")
    List<FieldRow> ofUser(@Param("role") Role role, @Param("userId") long userId);

    @Query("select new org.lixiang.expert.ExpertProfileRepository$IdField(p.id, f) "
            + "from ExpertProfile p join p.fields f where p.id in :ids")
    List<IdField> fieldsOf(@Param("ids") Collection<Long> profileIds);

    @Query("""
            select new org.lixiang.expert.ExpertProfileRepository$IdConflict(p.id, c.kind, c.name)
            from ExpertProfile p join p.conflicts c where p.id in :ids order by p.id, index(c)""")
    List<IdConflict> conflictsOf(@Param("ids") Collection<Long> profileIds);

    /** A user of identity as the expert pool needs them. */
    record Person(Long userId, String username, String name, Long organizationId, String organizationName,
                  Boolean enabled) {
    }

    /** A profile with its person, without collections. */
    record Row(Long profileId, Long userId, String username, String name, Long organizationId,
               String organizationName, ExpertTitle title, String keywords, LocalDate pausedUntil,
               Integer maxConcurrentReviews, Boolean enabled) {
    }

    /** A profile with its person and one of its fields. */
    record FieldRow(Long profileId, Long userId, String name, Long organizationId, String organizationName,
                    ExpertTitle title, LocalDate pausedUntil, Integer maxConcurrentReviews, Boolean enabled,
                    ResearchField field) {
    }

    record IdField(Long profileId, ResearchField field) {
    }

    record IdConflict(Long profileId, ExpertConflict.Kind kind, String name) {
    }
}
