package org.lixiang.call;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CallRepository extends JpaRepository<Call, Long> {

    /** Row lock: publication and deadline extensions of one call run one at a time. */
    /** Shared row lock: new proposals for the call may be created side by side, but not while its rules change. */
    @Lock(LockModeType.PESSIMISTIC_READ)
    @Query("select c from Call c where c.id = :id")
    Optional<Call> lockShared(@Param("id") long id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Call c where c.id = :id")
    Optional<Call> lockById(@Param("id") long id);

    @Query("""
            select c from Call c where c.status = org.lixiang.call.CallStatus.PUBLISHED
               and c.opensAt <= :now and c.closesAt > :now order by c.closesAt, c.id""")
    List<Call> findOpen(@Param("now") Instant now, Pageable page);

    @Query("""
            select count(c) from Call c where c.status = org.lixiang.call.CallStatus.PUBLISHED
               and c.opensAt <= :now and c.closesAt > :now""")
    long countOpen(@Param("now") Instant now);

    @Query("""
            select c from Call c where :filter = '' or lower(c.name) like :filter escape '\\'
            order by c.year desc, c.id desc""")
    List<Call> search(@Param("filter") String likeFilter, Pageable page);

    @Query("select count(c) from Call c where :filter = '' or lower(c.name) like :filter escape '\\'")
    long countSearch(@Param("filter") String likeFilter);
}
