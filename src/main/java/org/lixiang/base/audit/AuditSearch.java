package org.lixiang.base.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.lixiang.base.SearchText;
import org.springframework.stereotype.Component;

/**
 * The trail's search as one query with only the filters given (a Criteria query, so an absent
 * filter is absent from the SQL and PostgreSQL never sees an untyped null parameter), newest
 * first, a page at a time, plus its count.
 */
@Component
class AuditSearch {

    private final EntityManager em;
    private final Clock clock;

    AuditSearch(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    List<AuditEntry> page(AuditQuery query, int offset, int limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> q = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> e = q.from(AuditEntry.class);
        q.select(e).where(filters(cb, e, query)).orderBy(cb.desc(e.get("id")));
        return em.createQuery(q).setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(1, Math.min(limit, 500)))
                .getResultList();
    }

    long count(AuditQuery query) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<AuditEntry> e = q.from(AuditEntry.class);
        q.select(cb.count(e)).where(filters(cb, e, query));
        return em.createQuery(q).getSingleResult();
    }

    List<String> actions() {
        return em.createQuery("select distinct e.action from AuditEntry e order by e.action", String.class)
                .getResultList();
    }

    private Predicate[] filters(CriteriaBuilder cb, Root<AuditEntry> e, AuditQuery query) {
        List<Predicate> where = new ArrayList<>();
        equal(cb, where, e.<String>get("action"), query.action());
        equal(cb, where, e.<String>get("actorName"), query.actor());
        equal(cb, where, e.<String>get("objectType"), query.objectType());
        equal(cb, where, e.<String>get("objectId"), query.objectId());
        ZoneId zone = clock.getZone();
        if (query.from() != null) {
            where.add(cb.greaterThanOrEqualTo(e.<java.time.Instant>get("occurredAt"), query.from().atStartOfDay(zone).toInstant()));
        }
        if (query.to() != null) {
            where.add(cb.lessThan(e.<java.time.Instant>get("occurredAt"), query.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        String pattern = SearchText.containsPattern(query.text());
        if (!pattern.isEmpty()) {
            where.add(cb.or(contains(cb, e.<String>get("detail"), pattern), contains(cb, e.<String>get("changes"), pattern),
                    contains(cb, e.<String>get("actorName"), pattern), contains(cb, e.<String>get("objectId"), pattern)));
        }
        return where.toArray(Predicate[]::new);
    }

    private static void equal(CriteriaBuilder cb, List<Predicate> where, Expression<String> column, String value) {
        if (value != null && !value.isBlank()) {
            where.add(cb.equal(column, value.strip()));
        }
    }

    private static Predicate contains(CriteriaBuilder cb, Expression<String> column, String pattern) {
        return cb.like(cb.lower(column), pattern, '\\');
    }
}
