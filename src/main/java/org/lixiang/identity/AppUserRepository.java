package org.lixiang.identity;

import java.util.List;
import java.util.Optional;
import org.lixiang.base.Role;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    @EntityGraph(attributePaths = "organization")
    Optional<AppUser> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    @EntityGraph(attributePaths = "organization")
    @Query("""
            select u from AppUser u left join u.organization o
            where :filter = '' or lower(u.username) like :filter escape '\\' or lower(u.displayName) like :filter escape '\\'
               or lower(o.name) like :filter escape '\\'
            order by u.username""")
    Slice<AppUser> search(@Param("filter") String likeFilter, Pageable page);

    @Query("""
            select count(u) from AppUser u left join u.organization o
            where :filter = '' or lower(u.username) like :filter escape '\\' or lower(u.displayName) like :filter escape '\\'
               or lower(o.name) like :filter escape '\\'""")
    long countSearch(@Param("filter") String likeFilter);

    @Query("select u.id from AppUser u join u.roles r where r = :role and u.enabled = true order by u.id")
    List<Long> enabledWithRole(@Param("role") Role role);

    @Query("""
            select u.id from AppUser u join u.roles r
            where r = :role and u.enabled = true and u.notifyNewCalls = true
            order by u.id""")
    List<Long> enabledWithRoleWantingNewCalls(@Param("role") Role role);
}
